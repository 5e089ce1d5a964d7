import { describe, expect, it } from 'vitest';
import { parseIkeConfig, parseIpsecConfig, randomPsk } from './vpn-connection.config.ts';
import { parseSubnetList } from './vpn-connection.model.ts';

const ids = { localIp: '47.96.1.2', remoteIp: '203.0.113.10' };

describe('parseIkeConfig / parseIpsecConfig', () => {
  it('fills the documented defaults (REFERENCE §3.4)', () => {
    const ike = parseIkeConfig(undefined, ids);
    expect(ike).toMatchObject({
      IkeVersion: 'ikev1',
      IkeMode: 'main',
      IkeEncAlg: 'aes',
      IkeAuthAlg: 'md5',
      IkePfs: 'group2',
      IkeLifetime: 86_400,
      LocalId: '47.96.1.2',
      RemoteId: '203.0.113.10',
    });
    expect(ike.Psk).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(parseIpsecConfig('')).toEqual({
      IpsecEncAlg: 'aes',
      IpsecAuthAlg: 'md5',
      IpsecPfs: 'group2',
      IpsecLifetime: 86_400,
    });
  });

  it('keeps given values, accepts numeric strings for lifetimes, ignores unknown members', () => {
    const ike = parseIkeConfig(
      '{"Psk":"k1","IkeLifetime":"3600","Extra":1,"IkePfs":"group14"}',
      ids,
    );
    expect(ike).toMatchObject({ Psk: 'k1', IkeLifetime: 3600, IkePfs: 'group14' });
    expect(ike).not.toHaveProperty('Extra');
    expect(parseIpsecConfig('{"IpsecPfs":"disabled"}').IpsecPfs).toBe('disabled');
  });

  it('names the member in the error', () => {
    expect(() => parseIkeConfig('{"IkeMode":"quick"}', ids)).toThrow(/IkeConfig\.IkeMode/);
    expect(() => parseIkeConfig('{"Psk":""}', ids)).toThrow(/IkeConfig\.Psk/);
    expect(() => parseIpsecConfig('{"IpsecLifetime":-1}')).toThrow(/IpsecConfig\.IpsecLifetime/);
    expect(() => parseIpsecConfig('{oops')).toThrow(
      expect.objectContaining({ code: 'InvalidParameter.IpsecConfig.Malformed' }),
    );
  });

  it('generates different keys', () => {
    expect(new Set(Array.from({ length: 20 }, randomPsk)).size).toBe(20);
  });
});

describe('parseSubnetList', () => {
  it('normalises a comma-separated list', () => {
    expect(parseSubnetList('LocalSubnet', ' 10.0.0.0/8 , 192.168.1.0/24')).toBe(
      '10.0.0.0/8,192.168.1.0/24',
    );
    expect(parseSubnetList('RemoteSubnet', '0.0.0.0/0')).toBe('0.0.0.0/0');
  });

  it('refuses bad entries, naming the field and the entry', () => {
    expect(() => parseSubnetList('LocalSubnet', '10.0.0.0/8,')).toThrow(/LocalSubnet: ""/);
    expect(() => parseSubnetList('RemoteSubnet', '192.168.1.1/24')).toThrow(/192\.168\.1\.1\/24/);
    expect(() => parseSubnetList('RemoteSubnet', '10.0.0.0')).toThrow(
      expect.objectContaining({ code: 'IllegalParam.RemoteSubnet' }),
    );
    const many = Array.from({ length: 11 }, (_, i) => `10.${i}.0.0/16`).join(',');
    expect(() => parseSubnetList('LocalSubnet', many)).toThrow(/at most 10/);
  });
});
