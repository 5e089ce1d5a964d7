/** What one call of the scenario looked like, after redaction and normalisation. */
export interface RecordedStep {
  /** Stable name in the scenario (`nat.create`), how steps are matched between two runs. */
  name: string;
  action: string;
  /** The action's own parameters (never the common ones: no AccessKeyId, Signature, nonce). */
  params: Record<string, string>;
  /** HTTP status of the (last) answer. */
  status: number;
  /** Error `Code`, or null for a success. */
  code: string | null;
  /** The answer, normalised (IDs, times, addresses and RequestId replaced by placeholders). */
  body: unknown;
  /** For a wait: the resource statuses seen while polling, repeats collapsed (`<gone>` once deleted). */
  statusSequence?: string[];
  /** Account-specific lookups keep only their field set: their values say nothing about the API. */
  shapeOnly?: boolean;
}

/** A difference the maintainers looked at and accepted, with why (see parity/README.md). */
export interface AcceptedDifference {
  step: string;
  field: string;
  reason: string;
}

/** One recording file under `parity/recordings/`. */
export interface Recording {
  format: 'gc-parity/1';
  scenario: string;
  /** Where it was recorded: `emulator` or `alibaba-cloud` (the host itself is not kept). */
  source: 'emulator' | 'alibaba-cloud';
  regionId: string;
  recordedAt: string;
  steps: RecordedStep[];
  accepted?: AcceptedDifference[];
}
