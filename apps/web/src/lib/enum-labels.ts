import type { TFunction } from 'i18next';

/**
 * Where each API enum the console prints keeps its labels in the i18n files (the labels stay
 * where the features first put them). Every value each enum can take is in enum-values.ts: kept
 * apart, so a page that prints labels does not load the contracts of every other resource.
 */
export const ENUM_LABEL_PREFIXES = {
  chargeType: 'format.chargeType',
  natType: 'nat.natType',
  natNetworkType: 'nat.networkType',
  eipBindMode: 'nat.eipBindMode',
  businessStatus: 'natProtection.businessStatus',
  accessMode: 'natProtection.accessMode',
  vpnNetworkType: 'vpn.networkType',
  tunnelMode: 'vpnGatewayDual.mode',
  tunnelRole: 'vpnTunnels.role',
  tunnelStatus: 'vpn.tunnel',
  natStatus: 'status',
  ipv6Status: 'status',
  entryStatus: 'status',
  vpnStatus: 'vpn.status',
  eipStatus: 'eipStatus',
} as const;

/** A kind of API enum the console has labels for. */
export type EnumKind = keyof typeof ENUM_LABEL_PREFIXES;

/** The i18n key of one enum value's label. */
export function enumLabelKey(kind: EnumKind, value: string): string {
  return `${ENUM_LABEL_PREFIXES[kind]}.${value}`;
}

/**
 * An API enum value in the UI language. A value the table does not know (the API grew one) is
 * shown as sent rather than hidden; the enum-labels test is what keeps known values labelled.
 */
export function enumLabel(kind: EnumKind, value: string | undefined, t: TFunction): string {
  if (!value) return '';
  return t(enumLabelKey(kind, value) as never, { defaultValue: value });
}
