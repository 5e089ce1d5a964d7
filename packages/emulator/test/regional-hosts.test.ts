import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VpcClient } from '@gc/vpc-client';
import { DEMO_ACCESS_KEY, startEmulator, type RunningEmulator } from '../src/index.ts';

// Issue 20: a real-mode client resolves `vpc.<regionId>.aliyuncs.com` per region. Pointed at the
// emulator through a local resolver (every name → 127.0.0.1), the emulator must answer whatever
// host the request names, with both signatures (ACS3 signs the Host header).
let emulator: RunningEmulator;
let resolver: Agent;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  resolver = new Agent({
    connect: {
      lookup: (_host, _opts, done) => done(null, [{ address: '127.0.0.1', family: 4 }]),
    },
  });
});
afterAll(async () => {
  await resolver.close();
  await emulator.close();
});

describe('the emulator behind regional host names', () => {
  for (const signatureVersion of ['1.0', 'v3'] as const) {
    it(`answers each region on its own host name (signature ${signatureVersion})`, async () => {
      const port = new URL(emulator.url).port;
      const host = (region: string) => `http://vpc.${region}.aliyuncs.com:${port}`;
      const client = new VpcClient({
        credentials: { ...DEMO_ACCESS_KEY },
        signatureVersion,
        dispatcher: resolver,
        regionEndpoints: {
          'cn-hangzhou': `http://vpc.aliyuncs.com:${port}`,
          'ap-southeast-1': host('ap-southeast-1'),
          'eu-central-1': host('eu-central-1'),
        },
      });
      for (const region of ['cn-hangzhou', 'ap-southeast-1', 'eu-central-1']) {
        const res = await client.describeVpcs({ RegionId: region });
        expect(res.RequestId).toMatch(/^[0-9A-F-]{36}$/i);
        expect(res.Vpcs.Vpc.every((v) => v.RegionId === region)).toBe(true);
      }
      expect(client.endpointFor('eu-central-1')).toBe(host('eu-central-1'));
    });
  }
});
