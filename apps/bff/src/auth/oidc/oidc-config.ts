import { z } from 'zod';

/** Single sign-on settings (`OIDC_*`); absent when `OIDC_ISSUER` is unset. */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; unset: derived from each request's origin. */
  redirectUrl?: string;
  /** The claim that carries groups or roles; a dotted path reaches nested claims. */
  roleClaim: string;
  /** Claim values that make a user an operator (checked first), then an auditor. */
  operatorValues: string[];
  auditorValues: string[];
  /** The provider's name on the login button. */
  name: string;
  scopes: string;
}

/** What the environment says about how users sign in. */
export interface SignInConfig {
  /** False with `LOCAL_LOGIN=off`: the users file (or the demo users) cannot sign in. */
  localLogin: boolean;
  oidc?: OidcConfig;
}

const KNOWN = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
  'OIDC_ROLE_CLAIM',
  'OIDC_OPERATOR_VALUES',
  'OIDC_AUDITOR_VALUES',
  'OIDC_NAME',
  'OIDC_SCOPES',
];
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)$/i;

const text = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;
const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A URL that must be https, except on loopback (a provider run for tests or development). */
function secureUrl(name: string, value: string, problems: string[]): URL | undefined {
  const parsed = z.url().safeParse(value);
  const url = parsed.success ? new URL(parsed.data) : undefined;
  if (url === undefined || !/^https?:$/.test(url.protocol)) {
    problems.push(`${name}: must be an http(s) URL`);
  } else if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    problems.push(`${name}: must be https (plain http only on loopback)`);
  } else return url;
  return undefined;
}

/** Reads `LOCAL_LOGIN` and `OIDC_*`; every problem names its variable. */
export function signInConfigFromEnv(env: NodeJS.ProcessEnv): {
  config: SignInConfig;
  problems: string[];
} {
  const problems: string[] = [];
  const local = text(env, 'LOCAL_LOGIN')?.toLowerCase() ?? 'on';
  if (!['on', 'off'].includes(local)) problems.push('LOCAL_LOGIN: must be on or off');
  const localLogin = local !== 'off';
  for (const name of Object.keys(env).filter((k) => k.startsWith('OIDC_'))) {
    if (!KNOWN.includes(name)) problems.push(`${name}: not a variable the console reads (a typo?)`);
  }
  const issuerText = text(env, 'OIDC_ISSUER');
  if (issuerText === undefined) {
    const stray = KNOWN.filter((n) => n !== 'OIDC_ISSUER' && text(env, n) !== undefined);
    if (stray.length > 0) problems.push(`OIDC_ISSUER: is required with ${stray.join(', ')}`);
    if (!localLogin) problems.push('LOCAL_LOGIN: off needs OIDC_ISSUER (nobody could sign in)');
    return { config: { localLogin }, problems };
  }
  const issuer = secureUrl('OIDC_ISSUER', issuerText, problems);
  const redirectUrl = text(env, 'OIDC_REDIRECT_URL');
  if (redirectUrl !== undefined) secureUrl('OIDC_REDIRECT_URL', redirectUrl, problems);
  const clientId = text(env, 'OIDC_CLIENT_ID');
  const clientSecret = text(env, 'OIDC_CLIENT_SECRET');
  if (clientId === undefined) problems.push('OIDC_CLIENT_ID: is required with OIDC_ISSUER');
  if (clientSecret === undefined) problems.push('OIDC_CLIENT_SECRET: is required with OIDC_ISSUER');
  const operatorValues = list(text(env, 'OIDC_OPERATOR_VALUES'));
  const auditorValues = list(text(env, 'OIDC_AUDITOR_VALUES'));
  if (operatorValues.length + auditorValues.length === 0) {
    problems.push(
      'OIDC_OPERATOR_VALUES: set it or OIDC_AUDITOR_VALUES (claim values that grant a role), or nobody gets in',
    );
  }
  const scopes = text(env, 'OIDC_SCOPES') ?? 'openid profile email';
  if (!scopes.split(/\s+/).includes('openid')) problems.push('OIDC_SCOPES: must include openid');
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) {
    return { config: { localLogin }, problems };
  }
  const oidc: OidcConfig = {
    issuer,
    clientId,
    clientSecret,
    ...(redirectUrl ? { redirectUrl } : {}),
    roleClaim: text(env, 'OIDC_ROLE_CLAIM') ?? 'groups',
    operatorValues,
    auditorValues,
    name: text(env, 'OIDC_NAME') ?? issuer.hostname,
    scopes,
  };
  return { config: { localLogin, oidc }, problems };
}
