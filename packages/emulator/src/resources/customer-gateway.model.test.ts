import { describe, expect, it } from 'vitest';
import { parseParams } from '../params.ts';
import { asnParam, customerGatewayIpProblem } from './customer-gateway.model.ts';

describe('customerGatewayIpProblem', () => {
  it('accepts public and private unicast IPv4', () => {
    for (const ip of ['203.0.113.10', '10.0.0.1', '192.168.1.1', '100.63.255.255', '100.128.0.1'])
      expect(customerGatewayIpProblem(ip), ip).toBeUndefined();
  });

  it('refuses bad formats and the excluded ranges of REFERENCE §3.4', () => {
    expect(customerGatewayIpProblem('1.2.3')).toMatch(/IPv4/);
    expect(customerGatewayIpProblem('0.0.0.0')).toMatch(/0\.0\.0\.0/);
    for (const [ip, range] of [
      ['100.64.0.1', '100.64.0.0/10'],
      ['100.127.255.255', '100.64.0.0/10'],
      ['127.1.2.3', '127.0.0.0/8'],
      ['169.254.169.254', '169.254.0.0/16'],
      ['224.0.0.1', '224.0.0.0/4'],
      ['239.255.255.255', '224.0.0.0/4'],
      ['255.255.255.255', '255.0.0.0/8'],
    ])
      expect(customerGatewayIpProblem(ip as string), ip).toContain(range);
  });
});

describe('asnParam', () => {
  const parse = (Asn: string) => parseParams({ Asn: asnParam() }, { Asn }).Asn;

  it('parses plain and high.low ASNs to the int the responses carry', () => {
    expect(parse('65001')).toBe(65001);
    expect(parse('4294967295')).toBe(4_294_967_295);
    expect(parse('1.10')).toBe(65_546);
    expect(parse('65535.65535')).toBe(4_294_967_295);
  });

  it('names the field for out-of-range, malformed and reserved values', () => {
    for (const bad of ['0', '4294967296', '1.65536', 'AS65001', '-1', '1.2.3']) {
      expect(() => parse(bad), bad).toThrow(
        expect.objectContaining({ code: 'InvalidParameter.Asn.Malformed' }),
      );
    }
    expect(() => parse('45104')).toThrow(
      expect.objectContaining({ code: 'InvalidParameter.Asn.ValueNotSupported' }),
    );
  });
});
