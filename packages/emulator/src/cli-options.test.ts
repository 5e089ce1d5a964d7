import { describe, expect, it } from 'vitest';
import { parseAccessKeys, parseCliOptions } from './cli-options.ts';

describe('parseCliOptions', () => {
  it('defaults to port 8081, timed, seeded, demo keys', () => {
    expect(parseCliOptions([], {})).toEqual({ port: 8081, timing: { mode: 'timed' }, seed: true });
  });

  it('takes flags over the environment', () => {
    const o = parseCliOptions(
      ['--port', '9001', '--timing', 'manual', '--state', 's.json', '--no-seed'],
      {
        VPC_EMULATOR_PORT: '7000',
        VPC_EMULATOR_ACCESS_KEYS: 'id1:sec:ret, id2:s2',
      },
    );
    expect(o).toEqual({
      port: 9001,
      timing: { mode: 'manual' },
      stateFile: 's.json',
      seed: false,
      accessKeys: { id1: 'sec:ret', id2: 's2' },
    });
    expect(parseCliOptions([], { VPC_EMULATOR_PORT: '7000' }).port).toBe(7000);
  });

  it('takes the admin token from VPC_EMULATOR_ADMIN_TOKEN, never from a flag', () => {
    const token = 'scripted-admin-token-42';
    expect(parseCliOptions([], { VPC_EMULATOR_ADMIN_TOKEN: token }).adminToken).toBe(token);
    expect(() => parseCliOptions([], { VPC_EMULATOR_ADMIN_TOKEN: 'short' })).toThrow('16 or more');
    expect(() => parseCliOptions(['--admin-token', token], {})).toThrow();
  });

  it('rejects bad values with a readable message', () => {
    expect(() => parseCliOptions(['--port', 'http'], {})).toThrow('invalid port: http');
    expect(() => parseCliOptions(['--timing', 'warp'], {})).toThrow('--timing must be one of');
    expect(() => parseAccessKeys('justanid')).toThrow('id:secret');
  });
});
