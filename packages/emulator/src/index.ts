export { DEMO_ACCESS_KEY, DEFAULT_DURATIONS_MS } from './options.ts';
export type {
  DurationKey,
  EmulatorOptions,
  RunningEmulator,
  TimingMode,
  TimingOptions,
} from './options.ts';
export { startEmulator } from './server.ts';
export { ADMIN_TOKEN_HEADER } from './admin-access.ts';
export { REGIONS } from './regions.ts';
export type { RegionInfo } from './regions.ts';
export { SEED_REGIONS, SEED_TIME } from './seed.ts';
