import type { CheckId, CheckSeverity } from '@gc/contracts';

/** InfraGuard's `nat-risk-ports-check` list: SSH, Telnet, SMB, RDP, databases, alternate HTTP. */
export const INFRAGUARD_RISKY_PORTS = [22, 23, 445, 3389, 1433, 3306, 5432, 6379, 8080, 8443];

/** Per-deployment settings of the checks (from the rule-set file, else these defaults). */
export interface CheckSettings {
  /** DNAT external ports reported as risky. */
  riskyPorts: readonly number[];
  /** VPCs NAT gateways may live in; `null` = no restriction (the check is silent). */
  allowedVpcIds: readonly string[] | null;
  /** Subscriptions ending within this many days are reported. */
  expiryDays: number;
  /** IPv6 internet bandwidth above this (Mbit/s) is reported. */
  ipv6MaxBandwidthMbps: number;
}

/** The settings when no rule-set file is given. */
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  riskyPorts: INFRAGUARD_RISKY_PORTS,
  allowedVpcIds: null,
  expiryDays: 30,
  ipv6MaxBandwidthMbps: 50,
};

/** What a rule-set file says: checks switched off, severities changed, settings. */
export interface CheckRules {
  disabled: ReadonlySet<CheckId>;
  severity: ReadonlyMap<CheckId, CheckSeverity>;
  settings: CheckSettings;
}

/** No file: every check on at its own severity, default settings. */
export const DEFAULT_CHECK_RULES: CheckRules = {
  disabled: new Set(),
  severity: new Map(),
  settings: DEFAULT_CHECK_SETTINGS,
};
