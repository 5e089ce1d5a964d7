import type { ActionContext } from '../resource-module.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { isDualTunnel } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { renderHealthCheck, renderSingleBgp } from './vpn-connection.single.ts';
import { renderTunnelForModify } from './vpn-tunnel.render.ts';

/** The ModifyVpnConnectionAttribute snapshot (new values, [emulator choice]; Modify types). */
export function renderModified(ctx: ActionContext, c: VpnConnectionRecord) {
  const common = {
    VpnConnectionId: c.id,
    VpnGatewayId: c.VpnGatewayId,
    Name: c.Name,
    Description: '',
    LocalSubnet: c.LocalSubnet,
    RemoteSubnet: c.RemoteSubnet,
    CreateTime: c.CreateTime,
    EffectImmediately: c.EffectImmediately,
    ResourceGroupId: c.ResourceGroupId,
  };
  if (isDualTunnel(c))
    return {
      ...common,
      EnableTunnelsBgp: c.EnableTunnelsBgp ?? false,
      TunnelOptionsSpecification: { TunnelOptions: (c.Tunnels ?? []).map(renderTunnelForModify) },
    };
  const cgw = requireCustomerGateway(ctx.store, c.regionId, c.CustomerGatewayId);
  return {
    ...common,
    CustomerGatewayId: c.CustomerGatewayId,
    EnableDpd: c.EnableDpd,
    EnableNatTraversal: c.EnableNatTraversal,
    IkeConfig: c.IkeConfig,
    IpsecConfig: c.IpsecConfig,
    VcoHealthCheck: renderHealthCheck(c),
    VpnBgpConfig: renderSingleBgp(c, cgw.Asn, true),
  };
}
