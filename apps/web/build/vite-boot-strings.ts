import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * English namespaces no first screen shows (the NAT list, the login page, the shell): the pages
 * that use them load the whole en.json first (src/i18n/index.ts `loadAllStrings`, awaited by
 * their routes). Any namespace not named here stays in the first load, so a new one is never
 * missing; naming one that a first screen uses shows its raw keys there until the rest arrives.
 */
export const DEFERRED_NAMESPACES = [
  'audit',
  'checks',
  'deletePlan',
  'egressRules',
  'inventory',
  'ipsecServers',
  'ipv6',
  'natEdits',
  'sslVpn',
  'vpcNat',
  'vpn',
  'vpnDiagnostics',
  'vpnGatewayDual',
  'vpnRoutes',
  'vpnTunnels',
] as const;

/**
 * Replaces src/i18n/boot-strings.ts (all of en.json, as tests see it) with en.json without
 * {@link DEFERRED_NAMESPACES}: about half of the strings stay out of the first load.
 */
export function bootStrings(webRoot: string): Plugin {
  const module = path.join(webRoot, 'src/i18n/boot-strings.ts');
  const json = path.join(webRoot, 'src/i18n/en.json');
  return {
    name: 'gc:boot-strings',
    enforce: 'pre',
    load(id) {
      if (id !== module) return null;
      this.addWatchFile(json);
      const all = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
      for (const ns of DEFERRED_NAMESPACES) delete all[ns];
      // JSON.parse of a string literal: parsed faster than the same object as JS.
      return `export const bootStrings = JSON.parse(${JSON.stringify(JSON.stringify(all))});`;
    },
  };
}
