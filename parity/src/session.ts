import { Normaliser, shapeOf } from './normalise.ts';
import { rawCall } from './raw-call.ts';
import type { RawAnswer, RawCallOptions, Target } from './raw-call.ts';
import type { RecordedStep } from './recording.ts';

/** Marks a resource that no longer exists, in a status sequence. */
export const GONE = '<gone>';

/** How long waits poll, and how often. */
export interface WaitTiming {
  pollMs: number;
  timeoutMs: number;
}

/** Reads a resource's status out of a Describe answer; undefined when the resource is gone. */
export type StatusOf = (body: Record<string, unknown>) => string | undefined;

/**
 * One run of a scenario against one endpoint: each call is sent raw, normalised and kept as a
 * step. The scenario reads the raw answers (it needs the real IDs); the steps keep only the
 * normalised ones.
 */
export class ScenarioSession {
  readonly steps: RecordedStep[] = [];
  private readonly normaliser: Normaliser;

  constructor(
    readonly target: Target,
    readonly regionId: string,
    private readonly timing: WaitTiming,
  ) {
    const { accessKeyId, securityToken } = target.credentials;
    this.normaliser = new Normaliser([accessKeyId, securityToken ?? '']);
  }

  /** Sends one call and records it; answers the raw body. */
  async call(
    name: string,
    action: string,
    params: Record<string, string>,
    options: RawCallOptions = {},
  ): Promise<RawAnswer> {
    const answer = await rawCall(this.target, action, params, options);
    this.record(name, action, params, answer);
    return answer;
  }

  /** A lookup of the account's own resources (VPCs, vSwitches): only its field set is kept. */
  async lookup(name: string, action: string, params: Record<string, string>): Promise<RawAnswer> {
    const answer = await rawCall(this.target, action, params);
    this.steps.push({
      name,
      action,
      params: { ...params },
      status: answer.status,
      code: codeOf(answer),
      body: shapeOf(answer.body),
      shapeOnly: true,
    });
    return answer;
  }

  /** Polls until the status is one of `until` (GONE included), recording the sequence seen. */
  async waitFor(
    name: string,
    action: string,
    params: Record<string, string>,
    statusOf: StatusOf,
    until: readonly string[],
  ): Promise<RawAnswer> {
    const sequence: string[] = [];
    const deadline = Date.now() + this.timing.timeoutMs;
    for (;;) {
      const answer = await rawCall(this.target, action, params);
      const status = answer.status === 200 ? (statusOf(answer.body) ?? GONE) : `error`;
      if (sequence.at(-1) !== status) sequence.push(status);
      if (until.includes(status) || status === 'error' || Date.now() > deadline) {
        this.record(name, action, params, answer, sequence);
        return answer;
      }
      await new Promise((resolve) => setTimeout(resolve, this.timing.pollMs));
    }
  }

  private record(
    name: string,
    action: string,
    params: Record<string, string>,
    answer: RawAnswer,
    statusSequence?: string[],
  ): void {
    this.steps.push({
      name,
      action,
      params: this.normaliser.params(params),
      status: answer.status,
      code: codeOf(answer),
      body: this.normaliser.value(answer.body),
      ...(statusSequence ? { statusSequence } : {}),
    });
  }
}

function codeOf(answer: RawAnswer): string | null {
  const code = answer.body.Code;
  return answer.status >= 400 && typeof code === 'string' ? code : null;
}
