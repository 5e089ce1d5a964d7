import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { creationTimeSchema, deprecatedTimeAlias } from './creation-time.ts';
import { ipv4Schema, listOf, tagSchema } from './common.ts';
import { visibleText } from './strict-input.ts';

/** A customer gateway: the peer device's public IP and optional BGP ASN. */
export const customerGatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  ipAddress: z.string(),
  /** BGP AS number; absent when none was given. */
  asn: z.number().int().optional(),
  creationTime: creationTimeSchema,
  createTime: deprecatedTimeAlias(),
  tags: z.array(tagSchema),
  /** IDs of the IPsec connections that use it: while any remains, a delete is refused. */
  connectionIds: z.array(z.string()),
});
/** A customer gateway as the BFF returns it. */
export type CustomerGateway = z.infer<typeof customerGatewaySchema>;
/** The customer gateways of a region, unpaginated. */
export const customerGatewayListSchema = listOf(customerGatewaySchema);

// CreateCustomerGateway.IpAddress must not be in these ranges (REFERENCE §3.4).
const RESERVED: [number, number][] = [
  [0x64400000, 10], // 100.64.0.0/10
  [0x7f000000, 8], // 127.0.0.0/8
  [0xa9fe0000, 16], // 169.254.0.0/16
  [0xe0000000, 4], // 224.0.0.0/4
  [0xff000000, 8], // 255.0.0.0/8
];

/** True when an IPv4 address falls in a range CreateCustomerGateway refuses. */
export function isReservedPeerIp(ip: string): boolean {
  const n = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return RESERVED.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === base / 2 ** (32 - bits),
  );
}

/**
 * ASN rule (REFERENCE §3.4): 1–4294967295 except 45104 (Alibaba's own), or `high.low`
 * (= high×65536+low). Returns the plain number, or undefined when invalid.
 */
export function parseAsn(value: string): number | undefined {
  const t = value.trim();
  let n: number;
  const dotted = /^(\d{1,5})\.(\d{1,5})$/.exec(t);
  if (dotted) {
    const high = Number(dotted[1]);
    const low = Number(dotted[2]);
    if (high > 65535 || low > 65535) return undefined;
    n = high * 65536 + low;
  } else if (/^\d{1,10}$/.test(t)) {
    n = Number(t);
  } else {
    return undefined;
  }
  return n >= 1 && n <= 4294967295 && n !== 45104 ? n : undefined;
}

const noUrl = (s: string) => !/^https?:\/\//i.test(s);

/** Create body; reserved peer ranges and the ASN rule are CreateCustomerGateway's (§3.4). */
export const createCustomerGatewaySchema = z.object({
  ipAddress: ipv4Schema.refine((ip) => !isReservedPeerIp(ip), msg('reservedIp')),
  // No blanks around it (the SPA trims): `" 65000 "` is refused like `"0x10"` (issue 15).
  asn: z
    .string()
    .refine((v) => v === v.trim() && parseAsn(v) !== undefined, msg('asn'))
    .optional(),
  name: visibleText()
    .trim()
    .min(1, msg('required'))
    .max(100, msg('maxChars', { n: 100 }))
    .refine(noUrl, msg('noUrlPrefix'))
    .optional(),
  description: visibleText({ lineBreaks: true })
    .max(100, msg('maxChars', { n: 100 }))
    .refine(noUrl, msg('noUrlPrefix'))
    .optional(),
});
/** A validated create body; `asn` is still text, turn it into a number with `parseAsn`. */
export type CreateCustomerGatewayRequest = z.infer<typeof createCustomerGatewaySchema>;
