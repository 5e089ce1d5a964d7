import {
  type CreateVpnGatewayRequest,
  type VpnGatewayKind,
  type VpnGatewayZoneList,
  type VpnGatewayZonesQuery,
} from '@gc/contracts';
import { VpcApiError, type VpcClient } from '@gc/vpc-client';
import { UpstreamError } from '../errors.ts';
import { upstreamCall } from '../upstream-error-map.ts';
import { VPN_ERRORS, type UpstreamErrorTable } from '../upstream-error-tables.ts';

/**
 * CreateVpnGateway / CreateEnhancedVpnGateway errors on the form's fields: the two vSwitches
 * (REFERENCE-2 §1.2; the same-zone and zone-spec codes are the emulator's, see its README).
 */
const CREATE_ERRORS: UpstreamErrorTable = {
  ...VPN_ERRORS,
  fields: { ...VPN_ERRORS.fields, DisasterRecoveryVSwitchId: 'disasterRecoveryVSwitchId' },
  codes: {
    ...VPN_ERRORS.codes,
    'InvalidDisasterRecoveryVSwitchId.SameZone': 'disasterRecoveryVSwitchId',
    'OperationFailed.ZoneNotSupported': 'vSwitchId',
  },
};

/**
 * In a dual-tunnel region a `VSwitchId` without `DisasterRecoveryVSwitchId` is answered 400
 * `InvalidVSwitchId.NotFound` (REFERENCE-2 §6 row 10): it names the missing second vSwitch.
 */
function missingSecondVSwitch(err: unknown, input: CreateVpnGatewayRequest): unknown {
  const missing =
    err instanceof VpcApiError &&
    err.code === 'InvalidVSwitchId.NotFound' &&
    err.httpStatus === 400 &&
    input.disasterRecoveryVSwitchId === undefined;
  if (!missing) return err;
  const message = 'This region creates dual-tunnel gateways: choose a second vSwitch.';
  return new UpstreamError(400, err.code, message, {
    requestId: err.requestId,
    fields: [{ path: 'disasterRecoveryVSwitchId', message }],
  });
}

/** Creates a traditional gateway (pay-as-you-go, AutoPay) or an enhanced one; answers its ID. */
export async function createUpstreamGateway(
  client: VpcClient,
  regionId: string,
  input: CreateVpnGatewayRequest,
  clientToken: string,
): Promise<string> {
  try {
    if (input.gatewayType === 'Enhanced.SiteToSite') {
      const r = await upstreamCall(CREATE_ERRORS, () =>
        client.createEnhancedVpnGateway({
          RegionId: regionId,
          VpcId: input.vpcId,
          VSwitchId: input.vSwitchId ?? '',
          DisasterRecoveryVSwitchId: input.disasterRecoveryVSwitchId ?? '',
          GatewayType: 'Enhanced.SiteToSite',
          Name: input.name,
          ClientToken: clientToken,
        }),
      );
      return r.VpnGatewayId;
    }
    const r = await upstreamCall(CREATE_ERRORS, () =>
      client.createVpnGateway({
        RegionId: regionId,
        VpcId: input.vpcId,
        VSwitchId: input.vSwitchId,
        DisasterRecoveryVSwitchId: input.disasterRecoveryVSwitchId,
        Bandwidth: input.bandwidth,
        NetworkType: input.networkType,
        EnableIpsec: input.enableIpsec,
        EnableSsl: input.enableSsl,
        SslConnections: input.enableSsl ? (input.sslConnections ?? 5) : undefined,
        Name: input.name,
        AutoPay: true,
        InstanceChargeType: 'POSTPAY',
        ClientToken: clientToken,
      }),
    );
    return r.VpnGatewayId;
  } catch (err) {
    throw missingSecondVSwitch(err, input);
  }
}

/** Renames / re-describes a gateway with the action of its kind (REFERENCE-2 §1.4). */
export async function modifyUpstreamGateway(
  client: VpcClient,
  kind: VpnGatewayKind | undefined,
  req: { RegionId: string; VpnGatewayId: string; Name?: string; Description?: string },
): Promise<void> {
  await upstreamCall(VPN_ERRORS, async () => {
    if (kind === 'Enhanced.SiteToSite') await client.updateEnhancedVpnGateway(req);
    else await client.modifyVpnGatewayAttribute(req);
  });
}

const FORBIDDEN_RELEASE =
  'This subscription gateway is within its term and cannot be released; wait until it expires ' +
  '(end time) or contact billing.';

/** Deletes a gateway with the action of its kind; a subscription in its term is a clear 403. */
export async function deleteUpstreamGateway(
  client: VpcClient,
  kind: VpnGatewayKind | undefined,
  regionId: string,
  id: string,
): Promise<void> {
  const req = { RegionId: regionId, VpnGatewayId: id };
  try {
    await upstreamCall(VPN_ERRORS, async () => {
      if (kind === 'Enhanced.SiteToSite') await client.deleteEnhancedVpnGateway(req);
      else await client.deleteVpnGateway(req);
    });
  } catch (err) {
    // REFERENCE-2 §6 row 9: 403 `ForbiddenRelease`, whose upstream text names no way out.
    if (err instanceof VpcApiError && err.code === 'ForbiddenRelease')
      throw new UpstreamError(403, err.code, FORBIDDEN_RELEASE, { requestId: err.requestId });
    throw err;
  }
}

/** The zones a spec is sold in (DescribeVpnGatewayAvailableZones, GET; REFERENCE-2 §1.3). */
export async function availableZones(
  client: VpcClient,
  regionId: string,
  query: VpnGatewayZonesQuery,
): Promise<VpnGatewayZoneList> {
  const r = await upstreamCall(VPN_ERRORS, () =>
    client.describeVpnGatewayAvailableZones({
      RegionId: regionId,
      Spec: query.spec,
      GatewayType: query.gatewayType,
      AcceptLanguage: query.lang === 'zh' ? 'zh-CN' : 'en-US',
    }),
  );
  return {
    items: r.AvailableZoneIdList.map((z) => ({
      zoneId: z.ZoneId,
      zoneName: z.ZoneName ?? z.ZoneId,
    })),
  };
}
