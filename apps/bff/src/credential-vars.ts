import type { CredentialSource } from './config.ts';

/** Every credential variable of every provider the console reads (issue 15, H2). */
export const CREDENTIAL_VARS = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_ROLE_SESSION_NAME',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_ECS_METADATA',
] as const;

// Switches of the credentials library that carry no credential: setting them is not intent.
const HARMLESS = new Set(['ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'ALIBABA_CLOUD_IMDSV1_DISABLED']);
const CLOUD_PREFIX = /^(ALIBABA_?CLOUD|ALICLOUD|ALIYUN)_/i;
const CREDENTIAL_WORD = /ACCESS|KEY|SECRET|TOKEN|ROLE|CREDENTIAL|PROFILE|ECS|OIDC/i;

/**
 * What stops start-up before a provider is chosen: a credential variable that is set but empty,
 * or one that looks like a credential but is not a name the console reads (a typo). Either used
 * to fall back to the demo silently; now each names its variable.
 */
export function credentialVarProblems(env: NodeJS.ProcessEnv): string[] {
  const known = new Set<string>(CREDENTIAL_VARS);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (known.has(name)) {
      if (value.trim() === '') {
        problems.push(`${name}: is set but empty (unset it for the demo, or give it a value)`);
      }
    } else if (CLOUD_PREFIX.test(name) && CREDENTIAL_WORD.test(name) && !HARMLESS.has(name)) {
      problems.push(
        `${name}: is not a credential variable this console reads (known: ${CREDENTIAL_VARS.join(', ')})`,
      );
    }
  }
  return problems;
}

/** The credential variables after trimming (empty ones were refused before). */
export interface CredentialEnv {
  ALIBABA_CLOUD_ACCESS_KEY_ID?: string;
  ALIBABA_CLOUD_ACCESS_KEY_SECRET?: string;
  ALIBABA_CLOUD_SECURITY_TOKEN?: string;
  ALIBABA_CLOUD_ROLE_ARN?: string;
  ALIBABA_CLOUD_ROLE_SESSION_NAME?: string;
  ALIBABA_CLOUD_CREDENTIALS_FILE?: string;
  ALIBABA_CLOUD_PROFILE?: string;
  ALIBABA_CLOUD_ECS_METADATA?: string;
}

/** Variables that only make sense next to another one: set alone, they are a partial config. */
const NEEDS: readonly [keyof CredentialEnv, keyof CredentialEnv][] = [
  ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
  ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
  ['ALIBABA_CLOUD_SECURITY_TOKEN', 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
  ['ALIBABA_CLOUD_ROLE_ARN', 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
  ['ALIBABA_CLOUD_ROLE_SESSION_NAME', 'ALIBABA_CLOUD_ROLE_ARN'],
  ['ALIBABA_CLOUD_PROFILE', 'ALIBABA_CLOUD_CREDENTIALS_FILE'],
];

/**
 * Picks one provider from what is set, most specific first. The demo runs only when no credential
 * variable is set at all; a partial set answers the missing variables instead.
 */
export function chooseCredentials(
  e: CredentialEnv,
): { source: CredentialSource; problems: [] } | { problems: string[] } {
  if (CREDENTIAL_VARS.every((v) => e[v] === undefined))
    return { source: { kind: 'demo' }, problems: [] };
  if (e.ALIBABA_CLOUD_ECS_METADATA !== undefined) {
    return { source: { kind: 'ecsRamRole', roleName: e.ALIBABA_CLOUD_ECS_METADATA }, problems: [] };
  }
  if (e.ALIBABA_CLOUD_CREDENTIALS_FILE !== undefined) {
    const source = {
      kind: 'profile' as const,
      file: e.ALIBABA_CLOUD_CREDENTIALS_FILE,
      profile: e.ALIBABA_CLOUD_PROFILE,
    };
    return { source, problems: [] };
  }
  const problems = NEEDS.filter(
    ([has, needs]) => e[has] !== undefined && e[needs] === undefined,
  ).map(([has, needs]) => `${needs}: is required with ${has}`);
  if (problems.length > 0) return { problems: [...new Set(problems)] };
  const key = {
    accessKeyId: e.ALIBABA_CLOUD_ACCESS_KEY_ID ?? '',
    accessKeySecret: e.ALIBABA_CLOUD_ACCESS_KEY_SECRET ?? '',
  };
  if (e.ALIBABA_CLOUD_ROLE_ARN !== undefined) {
    const source = {
      kind: 'ramRoleArn' as const,
      ...key,
      roleArn: e.ALIBABA_CLOUD_ROLE_ARN,
      roleSessionName: e.ALIBABA_CLOUD_ROLE_SESSION_NAME ?? 'gateway-console',
    };
    return { source, problems: [] };
  }
  return {
    source: { kind: 'accessKey', ...key, securityToken: e.ALIBABA_CLOUD_SECURITY_TOKEN },
    problems: [],
  };
}
