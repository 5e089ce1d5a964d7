import { z } from 'zod';
import { invalidCustomerGatewayIdNotFound } from '../errors.ts';
import { isIpv4 } from '../params.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';
import { cidrContains } from './vpc.model.ts';

/** Store kind of customer gateways. */
export const CUSTOMER_GATEWAY_KIND = 'customerGateways';

/** A customer gateway: synchronous, no status field (REFERENCE §4.4). */
export interface CustomerGatewayRecord extends BaseRecord {
  Name: string;
  Description: string;
  IpAddress: string;
  /** 0 = none. An int in responses, a string in the request (REFERENCE §8.8). */
  Asn: number;
  AuthKey: string;
  CreateTime: number;
  ResourceGroupId: string;
}

// CreateCustomerGateway refuses these ranges (REFERENCE §3.4): shared, loopback, link-local,
// multicast (224/4) and 255/8.
const EXCLUDED = ['100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/4', '255.0.0.0/8'];

/** Why an IpAddress is refused, or undefined when it is acceptable. */
export function customerGatewayIpProblem(ip: string): string | undefined {
  if (!isIpv4(ip)) return 'it must be an IPv4 address such as 203.0.113.10';
  const range = EXCLUDED.find((cidr) => cidrContains(cidr, ip));
  if (range) return `addresses in ${range} cannot be used`;
  if (ip === '0.0.0.0') return '0.0.0.0 cannot be used';
  return undefined;
}

const ASN_MAX = 4_294_967_295;
// Alibaba Cloud's own ASN on the VPN side (REFERENCE §3.4 BgpConfig LocalAsn default).
const ALIBABA_ASN = 45104;

/**
 * `Asn`: a string `1`–`4294967295` except 45104, or `high.low` (= high×65536+low) (REFERENCE §3.4);
 * parsed to the int the responses carry.
 */
export const asnParam = () =>
  z.string().transform((s, ctx) => {
    const dotted = /^(\d{1,5})\.(\d{1,5})$/.exec(s);
    const n = dotted
      ? Number(dotted[1]) * 65_536 + Number(dotted[2])
      : /^\d{1,10}$/.test(s)
        ? Number(s)
        : NaN;
    const badHalf = dotted && (Number(dotted[1]) > 65_535 || Number(dotted[2]) > 65_535);
    if (Number.isNaN(n) || badHalf || n < 1 || n > ASN_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: 'Asn must be 1-4294967295 or high.low',
        params: { apiCode: 'InvalidParameter.Asn.Malformed' },
      });
      return z.NEVER;
    }
    if (n === ALIBABA_ASN) {
      ctx.addIssue({
        code: 'custom',
        message: 'Asn 45104 is reserved by Alibaba Cloud',
        params: { apiCode: 'InvalidParameter.Asn.ValueNotSupported' },
      });
      return z.NEVER;
    }
    return n;
  });

/** The customer gateway or 404 `InvalidCustomerGatewayInstanceId.NotFound`. */
export function requireCustomerGateway(
  store: Store,
  regionId: string,
  id: string,
): CustomerGatewayRecord {
  const cgw = store.table<CustomerGatewayRecord>(regionId, CUSTOMER_GATEWAY_KIND).get(id);
  if (!cgw) throw invalidCustomerGatewayIdNotFound(id);
  return cgw;
}

/** A customer gateway in the DescribeCustomerGateway(s) shape (REFERENCE §3.4). */
export function renderCustomerGateway(cgw: CustomerGatewayRecord) {
  return {
    CustomerGatewayId: cgw.id,
    Name: cgw.Name,
    Description: cgw.Description,
    IpAddress: cgw.IpAddress,
    // Omitted when none was given (no BGP peer).
    ...(cgw.Asn ? { Asn: cgw.Asn } : {}),
    AuthKey: cgw.AuthKey,
    CreateTime: cgw.CreateTime,
    ResourceGroupId: cgw.ResourceGroupId,
    Tags: renderTags(cgw.tags),
  };
}
