import type { Store } from '../store.ts';
import { eventLogLine, probeLines } from './vpn-connection.logs.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { tunnelViews } from './vpn-diagnose.model.ts';
import type { TunnelView } from './vpn-diagnose.model.ts';
import { vpnEventsOf } from './vpn-events.ts';
import type { VpnEventRecord } from './vpn-events.ts';

/** One row of DiagnoseVpnConnections `VpnConnections[]` (REFERENCE-2 §1.13). */
export interface ConnectionDiagnosis {
  VpnConnectionId: string;
  TunnelId: string;
  Severity: 'Critical' | 'Warn' | 'Normal';
  FailedReasonCode: string;
  FailedReason: string;
  FailedTime: number;
  MismatchLocalParam: string;
  MismatchRemoteParam: string;
  SourceLog: string;
}

const ERRORS = new Set<VpnEventRecord['type']>(['negotiation_failed', 'peer_down', 'dpd_timeout']);

// "IkeAuthAlg: local sha256, peer sha1" and similar wordings of the negotiation's detail.
const MISMATCH = /(\w+)\W+(?:local|ours)\W+([\w.-]+)\W+(?:peer|remote|theirs)\W+([\w.-]+)/i;

/** Reason code and text of an error event ([emulator choice]: the catalogue is not public). */
function reasonOf(
  e: VpnEventRecord,
): Pick<
  ConnectionDiagnosis,
  'FailedReasonCode' | 'FailedReason' | 'MismatchLocalParam' | 'MismatchRemoteParam'
> {
  const none = { MismatchLocalParam: '', MismatchRemoteParam: '' };
  if (e.type === 'peer_down')
    return {
      FailedReasonCode: 'Phase1NegotiationTimeout',
      FailedReason: 'Phase1 negotiation timeout',
      ...none,
    };
  if (e.type === 'dpd_timeout')
    return {
      FailedReasonCode: 'DpdTimeout',
      FailedReason: 'DPD timeout: the peer stopped answering',
      ...none,
    };
  const m = MISMATCH.exec(e.detail);
  if (m) {
    const phase = /^ipsec/i.test(m[1] ?? '') ? 'Phase2' : 'Phase1';
    return {
      FailedReasonCode: `${phase}ParamMismatch`,
      FailedReason: `${phase} negotiation failed: ${m[1]} mismatch`,
      MismatchLocalParam: m[2] ?? '',
      MismatchRemoteParam: m[3] ?? '',
    };
  }
  if (/psk|pre-?shared/i.test(e.detail))
    return {
      FailedReasonCode: 'PskMismatch',
      FailedReason: 'Phase1 negotiation failed: pre-shared key mismatch',
      ...none,
    };
  return {
    FailedReasonCode: 'Phase1NegotiationFailed',
    FailedReason: `Negotiation failed${e.detail ? `: ${e.detail}` : ''}`,
    ...none,
  };
}

/** The state-only verdict of a path that never logged an error (seeded connections). */
function fromState(c: VpnConnectionRecord, t: TunnelView, nowMs: number): ConnectionDiagnosis {
  const base = {
    VpnConnectionId: c.id,
    TunnelId: t.tunnelId,
    MismatchLocalParam: '',
    MismatchRemoteParam: '',
  };
  if (t.status === 'ipsec_sa_established')
    return {
      ...base,
      Severity: 'Normal',
      FailedReasonCode: '',
      FailedReason: '',
      FailedTime: 0,
      SourceLog: '',
    };
  const log = probeLines(c, t, nowMs).at(-1) ?? '';
  const waiting = !t.peerDown && !c.EffectImmediately && t.status === 'ike_sa_not_established';
  const phase2 = t.status === 'ike_sa_established' || t.status === 'ipsec_sa_not_established';
  const [code, reason] = waiting
    ? ['NegotiationNotTriggered', 'Negotiation waits for traffic (EffectImmediately=false)']
    : phase2
      ? ['Phase2NegotiationFailed', 'Phase2 negotiation failed']
      : ['Phase1NegotiationTimeout', 'Phase1 negotiation timeout'];
  return {
    ...base,
    Severity: waiting ? 'Warn' : 'Critical',
    FailedReasonCode: code,
    FailedReason: reason,
    FailedTime: nowMs,
    SourceLog: log,
  };
}

/**
 * The last error of one path: `Critical` while it is still down, `Warn` when it has recovered
 * since, `Normal` when it never failed ([emulator choice], README).
 */
export function diagnosePath(
  store: Store,
  c: VpnConnectionRecord,
  t: TunnelView,
  nowMs: number,
): ConnectionDiagnosis {
  const events = vpnEventsOf(store, c.regionId, c.id).filter(
    (e) => e.tunnelId === t.tunnelId || e.tunnelId === '',
  );
  const last = events.filter((e) => ERRORS.has(e.type)).at(-1);
  if (!last) return fromState(c, t, nowMs);
  const up = t.status === 'ipsec_sa_established' && !t.peerDown;
  return {
    VpnConnectionId: c.id,
    TunnelId: t.tunnelId,
    Severity: up ? 'Warn' : 'Critical',
    FailedTime: last.at,
    SourceLog: eventLogLine(c, t, last),
    ...reasonOf(last),
  };
}

/** Every path of a connection, or only the tunnels named. */
export function diagnoseConnection(
  store: Store,
  c: VpnConnectionRecord,
  nowMs: number,
  only?: ReadonlySet<string>,
): ConnectionDiagnosis[] {
  return tunnelViews(store, c)
    .filter((t) => !only || only.has(t.tunnelId))
    .map((t) => diagnosePath(store, c, t, nowMs));
}
