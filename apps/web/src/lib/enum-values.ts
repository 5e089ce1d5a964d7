import {
  eipStatusSchema,
  entryStatusSchema,
  ipv6GatewayStatusSchema,
  natGatewayStatusSchema,
  tunnelStatusSchema,
  vpnGatewayStatusSchema,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import { enumLabel, type EnumKind } from './enum-labels';

/**
 * Every value the API sends for each enum of enum-labels.ts, so a value never reaches the screen
 * raw (the enum-labels test checks each has a label): from the contracts where they are enums
 * there, from the API reference where the contracts keep a plain string.
 */
export const ENUM_VALUES = {
  chargeType: [
    'PayByLcu',
    'PayBySpec',
    'PayByBandwidth',
    'PayByTraffic',
    'PostPaid',
    'PrePaid',
    'POSTPAY',
    'PREPAY',
    'Prepay',
    'Postpay',
  ],
  natType: ['Enhanced', 'Normal'],
  natNetworkType: ['internet', 'intranet'],
  eipBindMode: ['MULTI_BINDED', 'NAT'],
  businessStatus: ['Normal', 'FinancialLocked', 'SecurityLocked'],
  accessMode: ['route', 'tunnel'],
  vpnNetworkType: ['public', 'private'],
  tunnelMode: ['single', 'dual'],
  tunnelRole: ['master', 'slave'],
  tunnelStatus: tunnelStatusSchema.options,
  natStatus: natGatewayStatusSchema.options,
  ipv6Status: ipv6GatewayStatusSchema.options,
  entryStatus: entryStatusSchema.options,
  vpnStatus: vpnGatewayStatusSchema.options,
  eipStatus: eipStatusSchema.options,
} as const satisfies { [K in EnumKind]: readonly string[] };

/**
 * A free-form value (a check's evidence) as a person reads it: labelled when it is one of the
 * API's enum values, as sent otherwise. The first kind that knows the value names it.
 */
export function labelIfEnum(value: string, t: TFunction): string {
  for (const kind of Object.keys(ENUM_VALUES) as EnumKind[]) {
    const values: readonly string[] = ENUM_VALUES[kind];
    if (values.includes(value)) return enumLabel(kind, value, t);
  }
  return value;
}
