import { ApiError, defineError } from '../api-error.ts';

// VPN destination and policy-based routes (REFERENCE-2 §2, §6). Only `Resource.QuotaFull` and the
// gateway codes are documented for these actions; the rest are [emulator choice] (README "VPN routes").

/** 404 `InvalidRouteEntry.NotFound`: no route with this key (tf treats it as "already deleted"). */
export const invalidRouteEntryNotFound = defineError(
  404,
  'InvalidRouteEntry.NotFound',
  (key: string) => `The specified route entry (${key}) does not exist.`,
);
/** [emulator choice] 400 `VpnRouteEntry.AlreadyExist`: same destination (and source) and next hop. */
export const vpnRouteEntryAlreadyExist = defineError(
  400,
  'VpnRouteEntry.AlreadyExist',
  (key: string) => `A route with the same key already exists: ${key}.`,
);
/** 400 `Resource.QuotaFull`: the gateway has its maximum of routes of this kind (docs21). */
export const vpnRouteQuotaFull = defineError(
  400,
  'Resource.QuotaFull',
  (gw: string, max: number, kind: string) => `VPN gateway ${gw} already has ${max} ${kind} routes.`,
);
/** [emulator choice] 400 `IllegalParam.<Field>`: a CIDR the route table refuses (pattern of §6 #7). */
export const illegalRouteParam = (field: 'RouteDest' | 'RouteSource', value: string, why: string) =>
  new ApiError(
    400,
    `IllegalParam.${field}`,
    `The specified "${field}" (${value}) is invalid: ${why}`,
  );
/** [emulator choice] 400 `IllegalParam.NextHop`: the connection belongs to another gateway. */
export const illegalNextHop = defineError(
  400,
  'IllegalParam.NextHop',
  (conn: string, gw: string) => `The specified "NextHop" (${conn}) is not a connection of ${gw}.`,
);
