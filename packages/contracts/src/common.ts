import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { intFromText, visibleText } from './strict-input.ts';

/**
 * Region IDs: two letters, then one to three dash-separated words (`cn-hangzhou`,
 * `ap-southeast-1`, `cn-shanghai-finance-1`), at most 64 characters. The length check runs first
 * and aborts, so a 9 KB value is refused without running the pattern and never goes upstream.
 */
export const regionIdSchema = z
  .string()
  .max(64, { message: msg('regionId'), abort: true })
  .regex(/^[a-z]{2}(-[a-z0-9]+){1,3}$/, msg('regionId'));

/** Builds a schema for an Alibaba resource ID with the given prefix (`ngw-`, `vpc-`, …). */
export const resourceId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[a-z0-9]{1,40}$`), msg('idPrefix', { prefix }));

/** TagResources' rule (§3.6): key 1–128 chars, value may be empty, no aliyun/acs:/URL prefix. */
export const tagSchema = z.object({
  key: visibleText()
    .min(1, msg('required'))
    .max(128, msg('maxChars', { n: 128 }))
    .refine((k) => !/^(aliyun|acs:)/i.test(k), msg('noAliyunPrefix'))
    .refine((k) => !/^https?:\/\//i.test(k), msg('noUrlPrefix')),
  value: visibleText()
    .max(128, msg('maxChars', { n: 128 }))
    .refine((v) => !/^(aliyun|acs:)/i.test(v), msg('noAliyunPrefix'))
    .refine((v) => !/^https?:\/\//i.test(v), msg('noUrlPrefix'))
    .default(''),
});
/** A validated tag; `value` is '' when the caller left it out. */
export type Tag = z.infer<typeof tagSchema>;

/** Query parameters shared by every paginated list route. */
export const pageQuerySchema = z.object({
  page: intFromText(z.number().int().min(1).default(1)),
  pageSize: intFromText(z.number().int().min(1).max(100).default(20)),
});

/** Builds the `{ items, total, page, pageSize }` envelope of a paginated list. */
export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/**
 * A paginated list served from the BFF's region index (issue 17): `indexedAt` is the ISO time the
 * region's full list was read upstream, `staleAfterMs` the most a served list may lag behind it
 * (so the SPA can say "updated 4 s ago"). Both optional: a list read upstream per call omits them.
 */
export const indexedPageOf = <T extends z.ZodTypeAny>(item: T) =>
  pageOf(item).extend({
    indexedAt: z.string().datetime().optional(),
    staleAfterMs: z.number().int().nonnegative().optional(),
  });

/** Builds the `{ items }` envelope of an unpaginated list. */
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });

const startsWithLetter = /^[\p{L}]/u;
const noUrlPrefix = (s: string) => !/^https?:\/\//i.test(s);

/**
 * The API's name rule (REFERENCE §3.2 CreateNatGateway.Name): 2–128 characters, starting with a
 * letter or CJK character, then letters, digits, `_`, `-` and `.`.
 */
export const resourceNameSchema = (max = 128) =>
  visibleText()
    .trim()
    .min(2, msg('minChars', { n: 2 }))
    .max(max, msg('maxChars', { n: max }))
    .regex(startsWithLetter, msg('startLetter'))
    .regex(/^[\p{L}\p{N}_.-]+$/u, msg('nameChars'));

/** Description rule: empty, or 2–`max` characters not starting with http:// or https://. */
export const descriptionSchema = (max = 256) =>
  visibleText({ lineBreaks: true })
    .max(max, msg('maxChars', { n: max }))
    .refine((s) => s.length === 0 || s.length >= 2, msg('emptyOrMin', { n: 2 }))
    .refine(noUrlPrefix, msg('noUrlPrefix'));

const ipv4Octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Re = new RegExp(`^${ipv4Octet}(\\.${ipv4Octet}){3}$`);

/** A dotted-quad IPv4 address. */
export const ipv4Schema = z.string().regex(ipv4Re, msg('ipv4'));

/** An IPv4 CIDR block whose address is the network address (`10.0.0.0/8`, not `10.0.0.1/8`). */
export const ipv4CidrSchema = z.string().refine(isNetworkCidr, msg('cidr'));

/** True when `value` is `a.b.c.d/n` with no host bits set. */
export function isNetworkCidr(value: string): boolean {
  const [ip, bits, ...rest] = value.split('/');
  if (rest.length > 0 || ip === undefined || bits === undefined || !ipv4Re.test(ip)) return false;
  if (!/^\d{1,2}$/.test(bits)) return false;
  const prefix = Number(bits);
  if (prefix > 32) return false;
  const n = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const hostBits = 2 ** (32 - prefix);
  return n % hostBits === 0;
}
