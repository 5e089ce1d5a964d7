import type { Role, VpnGatewayKind } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import type { AuditEvent } from '../audit/audit-recorder.ts';
import { backoffMs, type JobHandler } from '../store/job-runner.ts';
import { modifyUpstreamGateway } from './vpn-gateway-dual.ts';

/** The job kind of a deferred VPN gateway description. */
export const VPN_DESCRIBE_JOB = 'vpn-gateway.describe';

/** What the job row keeps: enough to act and to audit as the user who asked. */
export interface VpnDescribePayload {
  regionId: string;
  id: string;
  description: string;
  kind?: VpnGatewayKind;
  user?: string;
  role?: Role;
}

/** Where the job goes: a durable queue when the app has one. */
export interface VpnDescribeQueue {
  enqueue(payload: VpnDescribePayload): Promise<void>;
}

/** 15 min, as the in-memory retry always allowed: a gateway provisions in a minute or two. */
export const VPN_DESCRIBE_TTL_MS = 15 * 60_000;

const GONE = /NotFound/;

/**
 * Sets the description once the gateway is active: "not yet" while it provisions (retried with
 * backoff by whichever instance claims it), one audit entry when it runs or gives up.
 */
export function vpnDescribeJob(client: VpcClient): JobHandler {
  return async (job) => {
    const p = job.payload as VpnDescribePayload;
    const event = (outcome: AuditEvent['outcome'], code?: string): AuditEvent => ({
      time: new Date().toISOString(),
      user: p.user,
      role: p.role,
      action: 'ModifyVpnGatewayAttribute',
      regionId: p.regionId,
      resourceId: p.id,
      params: { description: p.description, deferred: true },
      outcome,
      ...(code ? { code } : {}),
    });
    try {
      const gw = await client.describeVpnGateway({ RegionId: p.regionId, VpnGatewayId: p.id });
      if (gw.Status !== 'active') {
        const reason = `gateway is ${gw.Status ?? 'unknown'}`;
        return { retryInMs: backoffMs(job.attempts), reason, audit: event('failure', 'Timeout') };
      }
      await modifyUpstreamGateway(client, p.kind, {
        RegionId: p.regionId,
        VpnGatewayId: p.id,
        Description: p.description,
      });
      return { done: true, audit: event('success') };
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? 'Unreachable');
      // A deleted gateway never becomes active: stop at once, and say so in the trail.
      if (GONE.test(code)) return { failed: code, audit: event('failure', code) };
      return { retryInMs: backoffMs(job.attempts), reason: code, audit: event('failure', code) };
    }
  };
}
