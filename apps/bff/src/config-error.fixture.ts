import { expect } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** The message of the `ConfigError` that `env` must cause (fails the test when none is thrown). */
export function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}
