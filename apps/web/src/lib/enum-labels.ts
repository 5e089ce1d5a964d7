import {
  eipStatusSchema,
  entryStatusSchema,
  ipv6GatewayStatusSchema,
  natGatewayStatusSchema,
  tunnelStatusSchema,
  vpnGatewayStatusSchema,
} from '@gc/contracts';
import type { TFunction } from 'i18next';

/** One API enum: where its labels live in the i18n files and every value the API sends for it. */
interface EnumSpec {
  prefix: string;
  values: readonly string[];
}

/**
 * Every API enum the console prints, in one table, so a value never reaches the screen raw: the
 * labels stay where the features first put them (`prefix`), the values come from the contracts
 * where they are enums there and from the API reference where the contracts keep a plain string.
 */
export const ENUM_LABELS = {
  chargeType: {
    prefix: 'format.chargeType',
    values: [
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
  },
  natType: { prefix: 'nat.natType', values: ['Enhanced', 'Normal'] },
  natNetworkType: { prefix: 'nat.networkType', values: ['internet', 'intranet'] },
  eipBindMode: { prefix: 'nat.eipBindMode', values: ['MULTI_BINDED', 'NAT'] },
  businessStatus: {
    prefix: 'natProtection.businessStatus',
    values: ['Normal', 'FinancialLocked', 'SecurityLocked'],
  },
  accessMode: { prefix: 'natProtection.accessMode', values: ['route', 'tunnel'] },
  vpnNetworkType: { prefix: 'vpn.networkType', values: ['public', 'private'] },
  tunnelMode: { prefix: 'vpnGatewayDual.mode', values: ['single', 'dual'] },
  tunnelRole: { prefix: 'vpnTunnels.role', values: ['master', 'slave'] },
  tunnelStatus: { prefix: 'vpn.tunnel', values: tunnelStatusSchema.options },
  natStatus: { prefix: 'status', values: natGatewayStatusSchema.options },
  ipv6Status: { prefix: 'status', values: ipv6GatewayStatusSchema.options },
  entryStatus: { prefix: 'status', values: entryStatusSchema.options },
  vpnStatus: { prefix: 'vpn.status', values: vpnGatewayStatusSchema.options },
  eipStatus: { prefix: 'eipStatus', values: eipStatusSchema.options },
} as const satisfies Record<string, EnumSpec>;

/** A kind of API enum the console has labels for. */
export type EnumKind = keyof typeof ENUM_LABELS;

/** The i18n key of one enum value's label. */
export function enumLabelKey(kind: EnumKind, value: string): string {
  return `${ENUM_LABELS[kind].prefix}.${value}`;
}

/**
 * An API enum value in the UI language. A value the table does not know (the API grew one) is
 * shown as sent rather than hidden; the enum-labels test is what keeps known values labelled.
 */
export function enumLabel(kind: EnumKind, value: string | undefined, t: TFunction): string {
  if (!value) return '';
  return t(enumLabelKey(kind, value) as never, { defaultValue: value });
}

/**
 * A free-form value (a check's evidence) as a person reads it: labelled when it is one of the
 * API's enum values, as sent otherwise. The first kind that knows the value names it.
 */
export function labelIfEnum(value: string, t: TFunction): string {
  for (const kind of Object.keys(ENUM_LABELS) as EnumKind[]) {
    const values: readonly string[] = ENUM_LABELS[kind].values;
    if (values.includes(value)) return enumLabel(kind, value, t);
  }
  return value;
}
