import { z } from 'zod';
import { ownerParams, v } from '../params.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;

/** Params every route write shares: the gateway and the destination + next-hop part of the key. */
export const routeKeyParams = {
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  RouteDest: z.string(),
  NextHop: z.string(),
  ClientToken: v.clientToken().optional(),
  // `Ipsec` is the only overlay (REFERENCE-2 §2.1).
  OverlayMode: v.oneOf(['Ipsec'] as const, { ci: true }).optional(),
};

/** `Weight`: 100 (active) or 0 (standby) (REFERENCE-2 §2.1). */
export const weightParam = () => v.oneOf(['0', '100'] as const).transform(Number);

/** PBR `Priority`: 1–100, smaller = higher (REFERENCE-2 §2.1). */
export const priorityParam = () => v.int({ min: 1, max: 100 });

/** Create-only params: description, publish flag, dry run. */
export const routeCreateParams = {
  Description: v.str({ min: 1, max: 100, pattern: NO_HTTP }).optional(),
  PublishVpc: v.bool(),
  DryRun: v.bool().optional(),
};
