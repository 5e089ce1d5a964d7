import { z } from 'zod';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { connectionsWhere, customerGatewaysOf } from './vpn-connection.model.ts';
import { requireActiveVpnGateway } from './vpn-gateway.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';

// Same rules as CreateCustomerGateway (REFERENCE-2 §1.11).
const NO_HTTP = /^(?!https?:\/\/)/i;
const AUTH_KEY = /^[\x21-\x3e\x40-\x7e]+$/;

const modifyCustomerGatewayParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  CustomerGatewayId: z.string(),
  Name: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional(),
  Description: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidDescription' }).optional(),
  AuthKey: v.str({ min: 1, max: 64, pattern: AUTH_KEY }).optional(),
  ClientToken: v.clientToken().optional(),
});

/**
 * ModifyCustomerGatewayAttribute (REFERENCE-2 §1.11): Name/Description are synchronous; a
 * non-empty AuthKey is pushed to every VPN gateway whose connections use this customer gateway,
 * so each must be `active` first and goes `updating` (§7.1). The answer carries no Asn/AuthKey.
 */
export function modifyCustomerGatewayAttribute(ctx: ActionContext) {
  const p = parseParams(modifyCustomerGatewayParams, ctx.params);
  requireRegion(p.RegionId);
  const cgw = requireCustomerGateway(ctx.store, p.RegionId, p.CustomerGatewayId);
  if (p.AuthKey !== undefined) {
    const users = connectionsWhere(ctx.store, p.RegionId, (c) =>
      customerGatewaysOf(c).includes(cgw.id),
    );
    const gwIds = [...new Set(users.map((c) => c.VpnGatewayId))];
    // Check them all before locking any: a busy one refuses the whole change.
    const gateways = gwIds.map((id) => requireActiveVpnGateway(ctx.store, p.RegionId, id));
    for (const gw of gateways) lockVpnGateway(ctx, gw);
    cgw.AuthKey = p.AuthKey;
  }
  if (p.Name !== undefined) cgw.Name = p.Name;
  if (p.Description !== undefined) cgw.Description = p.Description;
  return {
    CustomerGatewayId: cgw.id,
    Name: cgw.Name,
    Description: cgw.Description,
    IpAddress: cgw.IpAddress,
    ResourceGroupId: cgw.ResourceGroupId,
    CreateTime: cgw.CreateTime,
  };
}
