import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import { fails, ok } from './signed-call.ts';

describe('request log', () => {
  it('logs action, params, code and latency with secrets redacted', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const emu = await startEmulator({
      logger: pino({ level: 'info' }, sink),
      timing: { mode: 'immediate' },
    });
    try {
      await ok(emu.url, 'DescribeVpcs', {
        RegionId: 'cn-hangzhou',
        SecurityToken: 'sts-token',
        'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'pre-shared',
      });
      await fails(
        emu.url,
        'DescribeVpcs',
        { RegionId: 'cn-hangzhou' },
        { credentials: { accessKeyId: DEMO_ACCESS_KEY.accessKeyId, accessKeySecret: 'bad' } },
      );
    } finally {
      await emu.close();
    }
    const rpc = lines.filter((l) => l.msg === 'rpc');
    expect(rpc).toHaveLength(2);
    expect(rpc[0]).toMatchObject({ action: 'DescribeVpcs', code: 'OK', status: 200 });
    expect(rpc[1]).toMatchObject({ code: 'SignatureDoesNotMatch', status: 400 });
    expect(typeof rpc[0]?.latencyMs).toBe('number');
    const text = JSON.stringify(lines);
    for (const secret of [
      DEMO_ACCESS_KEY.accessKeyId,
      DEMO_ACCESS_KEY.accessKeySecret,
      'sts-token',
      'pre-shared',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED]');
  });
});
