import { DEFAULT_DURATIONS_MS } from './options.ts';
import type { DurationKey, TimingMode, TimingOptions } from './options.ts';
import type { BaseRecord, Store, Transition } from './store.ts';

/** Runs on completion of a transition that names it; registered by resource modules. */
export type EffectFn = (store: Store, args: Record<string, unknown>, lifecycle: Lifecycle) => void;

/** What a handler asks the engine to do later (REFERENCE §4: Creating → Available, Deleting → gone). */
export interface ScheduleInput {
  regionId: string;
  kind: string;
  resourceId: string;
  duration: DurationKey;
  set?: Record<string, unknown>;
  remove?: boolean;
  effect?: { name: string; args: Record<string, unknown> };
}

/**
 * The timing engine (moto's state manager): `immediate` completes a transition at the end of the
 * request, `timed` after a per-type duration, `manual` only after N Describe calls or an admin advance.
 * Transitions are applied lazily, on each request, from a virtual clock.
 */
export class Lifecycle {
  private timing: Required<Pick<TimingOptions, 'mode'>> & TimingOptions;
  private offsetMs = 0;
  private frozenAt = Date.now();

  constructor(
    private readonly store: Store,
    private readonly effects: ReadonlyMap<string, EffectFn>,
    timing: TimingOptions = { mode: 'timed' },
  ) {
    this.timing = { ...timing };
  }

  /** Current timing configuration. */
  get mode(): TimingMode {
    return this.timing.mode;
  }

  /** Changes the timing mode; pending transitions keep their due times. */
  setTiming(timing: TimingOptions): void {
    if (timing.mode === 'manual' && this.timing.mode !== 'manual') this.frozenAt = Date.now();
    this.timing = { ...timing };
    if (timing.mode === 'immediate') this.advance();
  }

  /** Virtual now in ms: wall clock (+ advances), frozen in manual mode. */
  now(): number {
    return (this.timing.mode === 'manual' ? this.frozenAt : Date.now()) + this.offsetMs;
  }

  private durationOf(key: DurationKey): number {
    if (this.timing.mode === 'immediate') return 0;
    return this.timing.durationsMs?.[key] ?? DEFAULT_DURATIONS_MS[key];
  }

  /** Queues a transition of one resource. */
  schedule(input: ScheduleInput): void {
    const t: Transition = {
      seq: this.store.nextSeq(),
      regionId: input.regionId,
      kind: input.kind,
      resourceId: input.resourceId,
      dueAt: this.now() + this.durationOf(input.duration),
      ...(input.set ? { set: input.set } : {}),
      ...(input.remove ? { remove: true } : {}),
      ...(input.effect ? { effect: input.effect } : {}),
    };
    const n = this.timing.describesToAdvance;
    if (this.timing.mode === 'manual' && n !== undefined && n > 0) t.describesLeft = n;
    this.store.state.transitions.push(t);
  }

  /** True when the resource has a transition in flight (it is busy). */
  isPending(kind: string, resourceId: string): boolean {
    return this.store.state.transitions.some((t) => t.kind === kind && t.resourceId === resourceId);
  }

  /** Drops the pending transitions of a resource (e.g. when it is deleted by a cascade). */
  cancel(kind: string, resourceId: string): void {
    const s = this.store.state;
    s.transitions = s.transitions.filter((t) => !(t.kind === kind && t.resourceId === resourceId));
  }

  /** manual mode: one Describe call in `regionId` counts down that region's transitions. */
  countDescribe(regionId: string | undefined): number {
    if (this.timing.mode !== 'manual') return 0;
    const due: Transition[] = [];
    for (const t of this.store.state.transitions) {
      if (t.describesLeft === undefined || (regionId && t.regionId !== regionId)) continue;
      t.describesLeft -= 1;
      if (t.describesLeft <= 0) due.push(t);
    }
    return this.applyAll(due);
  }

  /** Applies every transition due by the virtual clock; returns how many completed. */
  tick(): number {
    const now = this.now();
    return this.applyAll(this.store.state.transitions.filter((t) => t.dueAt <= now));
  }

  /** Moves the virtual clock by `ms`, or completes every pending transition when `ms` is absent. */
  advance(ms?: number): number {
    if (ms === undefined) return this.applyAll([...this.store.state.transitions]);
    this.offsetMs += ms;
    return this.tick();
  }

  private applyAll(due: Transition[]): number {
    if (due.length === 0) return 0;
    const done = new Set(due.map((t) => t.seq));
    const s = this.store.state;
    s.transitions = s.transitions.filter((t) => !done.has(t.seq));
    for (const t of [...due].sort((a, b) => a.seq - b.seq)) this.apply(t);
    return due.length;
  }

  private apply(t: Transition): void {
    const table = this.store.table<BaseRecord>(t.regionId, t.kind);
    const row = table.get(t.resourceId);
    if (row && t.remove) table.remove(t.resourceId);
    else if (row && t.set) Object.assign(row, t.set);
    if (t.effect) this.effects.get(t.effect.name)?.(this.store, t.effect.args, this);
  }
}
