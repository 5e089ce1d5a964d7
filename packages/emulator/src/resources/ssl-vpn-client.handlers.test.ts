import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api-error.ts';
import { hasVisuallySsl, logWindow } from './ssl-vpn-client.handlers.ts';

describe('hasVisuallySsl (REFERENCE-2 §1.1, §3.10)', () => {
  it('reads the VisuallySsl label of the gateway Tag JSON, as text or boolean', () => {
    expect(hasVisuallySsl('{"VpnEnableBgp":"true","VisuallySsl":"true"}')).toBe(true);
    expect(hasVisuallySsl('{"VisuallySsl":true}')).toBe(true);
    expect(hasVisuallySsl('{"VisuallySsl":"false"}')).toBe(false);
    expect(hasVisuallySsl('{"VpnEnableBgp":"true"}')).toBe(false);
    expect(hasVisuallySsl('')).toBe(false);
  });
});

describe('logWindow (REFERENCE-2 §3.11: From/To in seconds)', () => {
  const now = 1_800_000_000_000;
  const fail = (p: Parameters<typeof logWindow>[0]) => {
    try {
      logWindow(p, now);
    } catch (e) {
      return (e as ApiError).code;
    }
    return 'ok';
  };

  it('turns seconds into milliseconds and MinutePeriod into a span', () => {
    expect(logWindow({ From: 100, To: 200 }, now)).toEqual({ fromMs: 100_000, toMs: 200_000 });
    expect(logWindow({ From: 100, MinutePeriod: 2 }, now)).toEqual({
      fromMs: 100_000,
      toMs: 220_000,
    });
    expect(logWindow({ To: 1000, MinutePeriod: 1 }, now)).toEqual({
      fromMs: 940_000,
      toMs: 1_000_000,
    });
    expect(logWindow({ MinutePeriod: 10 }, now)).toEqual({ fromMs: now - 600_000, toMs: now });
  });

  it('refuses a window it cannot build', () => {
    expect(fail({})).toBe('MissingParameter');
    expect(fail({ To: 5 })).toBe('MissingParameter');
    expect(fail({ From: 6, To: 5 })).toBe('IllegalParam.TimeRange');
  });
});
