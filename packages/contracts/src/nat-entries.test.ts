import { describe, expect, it } from 'vitest';
import {
  createDnatEntrySchema,
  createSnatEntrySchema,
  updateDnatEntrySchema,
  updateSnatEntrySchema,
} from './nat-entries.ts';

describe('createSnatEntrySchema', () => {
  it('needs exactly one source', () => {
    const both = createSnatEntrySchema.safeParse({
      snatIps: ['47.1.1.1'],
      sourceCidr: '10.0.0.0/24',
      sourceVSwitchId: 'vsw-abc',
    });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(['sourceCidr']);
    const one = createSnatEntrySchema.safeParse({
      snatIps: ['47.1.1.1'],
      sourceCidr: '10.0.0.0/24',
    });
    expect(one.success).toBe(true);
  });
  it('names the CIDR field when the CIDR has host bits', () => {
    const r = createSnatEntrySchema.safeParse({ snatIps: ['47.1.1.1'], sourceCidr: '10.0.0.1/24' });
    expect(r.error?.issues[0]?.path).toEqual(['sourceCidr']);
  });
});

describe('createDnatEntrySchema', () => {
  const base = { externalIp: '47.1.1.1', internalIp: '10.0.0.5', ipProtocol: 'TCP' as const };
  it('accepts a port forward and a port range', () => {
    expect(
      createDnatEntrySchema.safeParse({ ...base, externalPort: '80', internalPort: '8080' })
        .success,
    ).toBe(true);
    expect(
      createDnatEntrySchema.safeParse({
        ...base,
        externalPort: '1000/1010',
        internalPort: '2000/2010',
      }).success,
    ).toBe(true);
  });
  it('refuses port 0 and Any ports with TCP', () => {
    expect(
      createDnatEntrySchema.safeParse({ ...base, externalPort: '0', internalPort: '80' }).success,
    ).toBe(false);
    const r = createDnatEntrySchema.safeParse({
      ...base,
      externalPort: 'Any',
      internalPort: 'Any',
    });
    expect(r.error?.issues[0]?.path).toEqual(['ipProtocol']);
  });
});

describe('updateDnatEntrySchema', () => {
  it('checks the mapping rules only on the fields sent', () => {
    expect(updateDnatEntrySchema.safeParse({ externalPort: '8443' }).success).toBe(true);
    expect(updateDnatEntrySchema.safeParse({ portBreak: true }).success).toBe(true);
    const anyWithPort = updateDnatEntrySchema.safeParse({ ipProtocol: 'Any', externalPort: '80' });
    expect(anyWithPort.error?.issues[0]?.path).toEqual(['externalPort']);
    const tcpWithAny = updateDnatEntrySchema.safeParse({ ipProtocol: 'TCP', internalPort: 'Any' });
    expect(tcpWithAny.error?.issues[0]?.path).toEqual(['ipProtocol']);
  });
});

describe('updateSnatEntrySchema', () => {
  it('takes a new name and a non-empty IP list', () => {
    expect(updateSnatEntrySchema.safeParse({ name: 'egress-2' }).success).toBe(true);
    expect(updateSnatEntrySchema.safeParse({ snatIps: [] }).error?.issues[0]?.path).toEqual([
      'snatIps',
    ]);
  });
});
