import type { AcceptedDifference, RecordedStep, Recording } from './recording.ts';

/** One way the replay answered differently from the recording. */
export interface Difference {
  step: string;
  /** A JSON path in the answer, or `HTTP status`, `Code`, `status sequence`, `step`. */
  field: string;
  recorded: string;
  replayed: string;
}

// Values that describe the account rather than the API: compared by presence and type only.
const ACCOUNT_SPECIFIC = new Set([
  'ZoneId',
  'ZoneName',
  'IzNo',
  'CidrBlock',
  'Ipv6CidrBlock',
  'ResourceGroupId',
  'VpcName',
  'VSwitchName',
  'Message',
]);

type Leaves = Map<string, unknown>;

/** Every leaf of an answer by path (`NatGateways.NatGateway[0].Status`); empty containers are leaves. */
function leaves(value: unknown, path = '', out: Leaves = new Map()): Leaves {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, []);
    value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, {});
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, value);
  }
  return out;
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));
const lastKey = (path: string) => /([A-Za-z0-9_]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? path;

function compareBodies(step: string, a: unknown, b: unknown, out: Difference[]): void {
  const left = leaves(a);
  const right = leaves(b);
  for (const path of new Set([...left.keys(), ...right.keys()])) {
    const x = left.get(path);
    const y = right.get(path);
    if (!left.has(path) || !right.has(path) || typeOf(x) !== typeOf(y)) {
      out.push({ step, field: path, recorded: show(x), replayed: show(y) });
    } else if (!ACCOUNT_SPECIFIC.has(lastKey(path)) && JSON.stringify(x) !== JSON.stringify(y)) {
      out.push({ step, field: path, recorded: show(x), replayed: show(y) });
    }
  }
}

function compareStep(r: RecordedStep, p: RecordedStep, out: Difference[]): void {
  const diff = (field: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y))
      out.push({ step: r.name, field, recorded: show(x), replayed: show(y) });
  };
  diff('action', r.action, p.action);
  diff('HTTP status', r.status, p.status);
  diff('Code', r.code, p.code);
  // Lookups of the account's own VPCs say nothing about the API beyond answering.
  if (r.shapeOnly || p.shapeOnly) return;
  for (const k of new Set([...Object.keys(r.params), ...Object.keys(p.params)]))
    diff(`params.${k}`, r.params[k], p.params[k]);
  diff('status sequence', r.statusSequence?.join(' → '), p.statusSequence?.join(' → '));
  compareBodies(r.name, r.body, p.body, out);
}

const isAccepted = (d: Difference, accepted: readonly AcceptedDifference[]) =>
  accepted.some((a) => a.step === d.step && a.field === d.field);

/**
 * Every difference between a recording and a replay of its scenario, step by step (matched by
 * name): HTTP status, Code, status sequence, field set and types, and values (except the few
 * that describe the account). Differences the recording lists as accepted are left out.
 */
export function compareRecording(
  recording: Recording,
  replay: readonly RecordedStep[],
): Difference[] {
  const out: Difference[] = [];
  const replayed = new Map(replay.map((s) => [s.name, s]));
  for (const step of recording.steps) {
    const other = replayed.get(step.name);
    if (other === undefined)
      out.push({ step: step.name, field: 'step', recorded: 'present', replayed: 'absent' });
    else compareStep(step, other, out);
  }
  const recorded = new Set(recording.steps.map((s) => s.name));
  for (const step of replay)
    if (!recorded.has(step.name))
      out.push({ step: step.name, field: 'step', recorded: 'absent', replayed: 'present' });
  return out.filter((d) => !isAccepted(d, recording.accepted ?? []));
}

/** One line per difference, for a terminal. */
export function formatDifference(d: Difference): string {
  return `${d.step}  ${d.field}: recorded ${d.recorded}, replayed ${d.replayed}`;
}
