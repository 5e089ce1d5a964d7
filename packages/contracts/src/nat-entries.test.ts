import { describe, expect, it } from 'vitest';
import { createDnatEntrySchema, createSnatEntrySchema } from './nat-entries.ts';

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
