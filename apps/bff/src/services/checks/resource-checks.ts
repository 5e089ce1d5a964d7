import type { ResourceCheck } from './gateway-check.ts';

/** A customer gateway no connection uses is a leftover: its peer IP may be stale or reused. */
export const vpnCgwUnusedCheck: ResourceCheck = {
  id: 'vpn-cgw-unused',
  severity: 'low',
  explanation: 'The customer gateway is used by no IPsec connection or tunnel.',
  fix: 'Delete the customer gateway, or create the connection it was made for.',
  run: () => undefined,
  onResource(r) {
    if (r.type !== 'customer-gateway' || r.details.connectionIds?.length !== 0) return undefined;
    return { ipAddress: r.details.ipAddress ?? '' };
  },
};

/** InfraGuard `eip-delete-protection-enabled`: a released EIP's address is gone for good. */
export const eipNoDeletionProtectionCheck: ResourceCheck = {
  id: 'eip-no-deletion-protection',
  severity: 'low',
  explanation:
    'Deletion protection is off: one call releases the EIP and its public address is lost.',
  fix: 'Turn on deletion protection for the EIP (DeletionProtection Type=EIP).',
  run: () => undefined,
  onResource(r) {
    if (r.type !== 'eip' || r.details.deletionProtection !== false) return undefined;
    return { ipAddress: r.details.ipAddress ?? '', boundTo: r.details.instanceId || '-' };
  },
};
