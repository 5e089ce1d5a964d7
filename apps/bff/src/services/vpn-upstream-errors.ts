import { VpcApiError } from '@gc/vpc-client';
import { ConflictError, InputError } from '../errors.ts';

// The gateway is applying another change: a state clash, not a bad request (REFERENCE §4.4, §5.7).
const BUSY =
  /^(VpnGateway\.Configuring|VpnGateway\.task\.conflict|VpnTask\.CONFLICT|Appliance\.Configuring|VpnConnection\.Configuring|VpnGateway\.FinancialLocked)$/;

// VPN parameter names → our fields, for codes the platform's table does not know (REFERENCE §3.4).
const FIELD_BY_PARAM: Record<string, string> = {
  LocalSubnet: 'localSubnet',
  RemoteSubnet: 'remoteSubnet',
  IpAddress: 'ipAddress',
  Asn: 'asn',
  Bandwidth: 'bandwidth',
  SslConnections: 'sslConnections',
  VSwitchId: 'vSwitchId',
  IkeConfig: 'ikeConfig',
  IpsecConfig: 'ipsecConfig',
  CustomerGatewayId: 'customerGatewayId',
};

function fieldOf(code: string): string | undefined {
  if (code === 'InvalidName') return 'name';
  if (code === 'InvalidDescription') return 'description';
  if (code.startsWith('InvalidIpAddress.')) return 'ipAddress';
  const m = /^(?:InvalidParameter\.|Invalid)([A-Za-z]+)\.(?:Malformed|ValueNotSupported)$/.exec(
    code,
  );
  return m?.[1] === undefined ? undefined : FIELD_BY_PARAM[m[1]];
}

/**
 * Gives VPN upstream errors the platform's shapes: a busy gateway is a 409 the UI can retry, a
 * refused VPN parameter a 400 on its field. Anything else passes through to the error handler.
 */
export function mapVpnError(err: unknown): unknown {
  if (!(err instanceof VpcApiError)) return err;
  if (BUSY.test(err.code)) return new ConflictError(err.message, err.code, err.requestId);
  const field = fieldOf(err.code);
  if (field === undefined) return err;
  const input = new InputError(err.message, [{ path: field, message: err.message }], err.code);
  Object.assign(input.extra, { requestId: err.requestId });
  return input;
}

/** Runs an upstream call, rethrowing its failure through {@link mapVpnError}. */
export async function vpnCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw mapVpnError(err);
  }
}
