import { defineAction, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest } from './define-action.ts';

/** DeletionProtection request (REFERENCE-2 §4.4): one switch for EIPs, bandwidth packages and NAT gateways. */
export interface DeletionProtectionRequest extends ClientTokenRequest {
  RegionId: string;
  /** `eip-…`, `cbwp-…` or `ngw-…`. */
  InstanceId: string;
  /** `EIP` | `CBWP` | `NATGW`. */
  Type: string;
  /** Enabling twice is a 400 `AlreadyEnabled`, disabling when off a 404 `NotExist` (§6). */
  ProtectionEnable: boolean;
}

/** The VPC-wide deletion-protection action (REFERENCE-2 §4.4); the flag is read back by Describe*. */
export const deletionProtectionActions = {
  DeletionProtection: defineAction<DeletionProtectionRequest>()(requestIdOnly),
};
