import { CREDENTIAL_VARS } from './credential-vars.ts';

/**
 * The start-up banner of demo mode, on stderr so log shippers that read stdout as JSON are not
 * confused: an operator who meant to run against a real account sees at once that it does not.
 */
export function demoBanner(url: string): string {
  const lines = [
    'DEMO MODE: emulated cloud with seed data, not a real account.',
    `Console: ${url}  (users operator/operator and auditor/auditor)`,
    'Sessions are signed with a key made for this process: they end at restart and',
    'are never valid on a real instance.',
    `Real mode needs credentials, e.g. ${CREDENTIAL_VARS[0]} and ${CREDENTIAL_VARS[1]},`,
    'plus BFF_USERS_FILE and BFF_SESSION_SECRET (see apps/bff/README.md).',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((l) => `| ${l.padEnd(width)} |`), rule].join('\n');
}
