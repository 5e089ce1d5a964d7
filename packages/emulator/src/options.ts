import type { Logger } from 'pino';

/** The public demo AccessKey pair: documented, never a real credential. */
export const DEMO_ACCESS_KEY = {
  accessKeyId: 'LTAI5tGatewayConsoleDemo',
  accessKeySecret: 'GatewayConsoleDemoSecret2026',
} as const;

/** How asynchronous transitions (Creating → Available, …) advance. */
export type TimingMode = 'immediate' | 'timed' | 'manual';

/** Keys of the per-type transition durations. */
export type DurationKey = 'nat' | 'eip' | 'snat' | 'dnat' | 'vpn' | 'vpnConnection' | 'ipv6';

/** Timing configuration of the lifecycle engine. */
export interface TimingOptions {
  mode: TimingMode;
  durationsMs?: Partial<Record<DurationKey, number>>;
  /** manual mode: a transition completes after this many Describe calls in its region (0/absent = admin only). */
  describesToAdvance?: number;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  host?: string;
  port?: number;
  accessKeys?: Record<string, string>;
  timing?: TimingOptions;
  seed?: boolean;
  /** Reference time of seeded dates; default: the start time, so the demo data never ages. */
  seedTime?: Date;
  stateFile?: string;
  rngSeed?: number;
  logger?: false | Logger;
  /** Token the admin API requires (16+ visible ASCII characters); default: random per start. */
  adminToken?: string;
}

/** A started emulator. */
export interface RunningEmulator {
  url: string;
  port: number;
  /** The token of the admin API: send it as `X-Emulator-Admin-Token` on `/_emulator/*`. */
  adminToken: string;
  close(): Promise<void>;
}

/** Default `timed` durations: a few seconds, so a demo shows the transitional states. */
export const DEFAULT_DURATIONS_MS: Record<DurationKey, number> = {
  nat: 4000,
  eip: 1500,
  snat: 1500,
  dnat: 1500,
  vpn: 5000,
  vpnConnection: 3000,
  ipv6: 3000,
};
