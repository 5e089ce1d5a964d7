import { z } from 'zod';

// What the issue-19 checks read beyond counts. Lists are `null` when their call failed, so a
// check that needs them stays silent instead of guessing.

/** One DNAT entry as the risky-port check reads it. */
export const checkedDnatSchema = z.object({
  id: z.string(),
  externalIp: z.string(),
  externalPort: z.string(),
  internalIp: z.string(),
  ipProtocol: z.string(),
});

/** One SNAT entry and the EIP addresses it translates to. */
export const checkedSnatSchema = z.object({ id: z.string(), snatIps: z.array(z.string()) });

/** One EIP bound to a NAT gateway: its peak bandwidth (Mbit/s) and protection. */
export const checkedEipSchema = z.object({
  allocationId: z.string(),
  ipAddress: z.string(),
  bandwidth: z.number().nullable(),
  deletionProtection: z.boolean(),
});

/** IKE/IPsec settings of a connection or of one tunnel, as read back. */
export const checkedCryptoSchema = z.object({
  /** `connection` for a single-tunnel connection, else the tunnel ID. */
  scope: z.string(),
  ikeVersion: z.string(),
  ikeMode: z.string(),
  ikeEncAlg: z.string(),
  ikeAuthAlg: z.string(),
  ikePfs: z.string(),
  ipsecEncAlg: z.string(),
  ipsecAuthAlg: z.string(),
  ipsecPfs: z.string(),
});

/** One IPsec connection of a VPN gateway as the VPN checks read it. */
export const checkedConnectionSchema = z.object({
  id: z.string(),
  tunnelMode: z.enum(['single', 'dual']),
  /** VcoHealthCheck.Enable of a single-tunnel connection; `null` when not reported. */
  healthCheck: z.boolean().nullable(),
  tunnels: z.array(z.object({ id: z.string(), role: z.string(), status: z.string() })),
  crypto: z.array(checkedCryptoSchema),
});

/** One IPv6 address of the gateway's VPC with its bandwidth and egress-only state. */
export const checkedIpv6AddressSchema = z.object({
  id: z.string(),
  address: z.string(),
  /** Internet bandwidth in Mbit/s; `null` when the address has none. */
  bandwidth: z.number().nullable(),
  egressOnly: z.boolean(),
});

/** The optional detail fields the issue-19 checks add to an inventory item. */
export const checkDetailsShape = {
  networkType: z.string().optional(),
  dnatEntries: z.array(checkedDnatSchema).nullable().optional(),
  snatEntries: z.array(checkedSnatSchema).nullable().optional(),
  eips: z.array(checkedEipSchema).nullable().optional(),
  disasterRecoveryVSwitchId: z.string().optional(),
  sslEnabled: z.boolean().optional(),
  sslServers: z
    .array(z.object({ id: z.string(), compress: z.boolean() }))
    .nullable()
    .optional(),
  connections: z.array(checkedConnectionSchema).nullable().optional(),
  ipv6Addresses: z.array(checkedIpv6AddressSchema).nullable().optional(),
};

/** Non-gateway resources some checks look at (customer gateways, EIPs). */
export const checkedResourceTypeSchema = z.enum(['customer-gateway', 'eip']);
/** The kind of a checked non-gateway resource. */
export type CheckedResourceType = z.infer<typeof checkedResourceTypeSchema>;

/** A customer gateway or EIP with its findings (schema built over the finding schema). */
export function checkedResourceSchema<F extends z.ZodTypeAny>(finding: F) {
  return z.object({
    type: checkedResourceTypeSchema,
    id: z.string(),
    name: z.string(),
    regionId: z.string(),
    details: z.object({
      /** EIPs: the address, what it is bound to, and whether deletion protection is on. */
      ipAddress: z.string().optional(),
      instanceId: z.string().optional(),
      deletionProtection: z.boolean().optional(),
      /** Customer gateways: the IPsec connections (or tunnels) that use it. */
      connectionIds: z.array(z.string()).optional(),
    }),
    findings: z.array(finding),
  });
}
