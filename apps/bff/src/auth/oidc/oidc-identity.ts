import type { Role } from '@gc/contracts';
import type { OidcConfig } from './oidc-config.ts';

/** Who the identity provider says signed in, and the role its claims grant here. */
export interface OidcIdentity {
  /** The session's user name: `oidc:` and a readable name; local names cannot hold a colon. */
  user: string;
  subject: string;
  displayName: string;
  /** Undefined when no claim value matches a configured one: the sign-in is refused. */
  role?: Role;
  /** The role claim's values as received (logged when they grant nothing). */
  claimValues: string[];
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The values of a claim; a dotted path reaches nested ones (Keycloak's `realm_access.roles`). */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  // A provider may also name a claim with dots in it (a URL-shaped custom claim): try that first.
  let value: unknown = claims[path];
  if (value === undefined) {
    value = path.split('.').reduce<unknown>((node, key) => {
      return node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined;
    }, claims);
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The role the claim values grant: operator when any operator value matches, else auditor. */
export function roleFor(values: readonly string[], config: OidcConfig): Role | undefined {
  if (values.some((v) => config.operatorValues.includes(v))) return 'operator';
  if (values.some((v) => config.auditorValues.includes(v))) return 'auditor';
  return undefined;
}

/** Reads the identity and role out of the ID token's claims (merged with UserInfo's). */
export function identityOf(claims: Record<string, unknown>, config: OidcConfig): OidcIdentity {
  const subject = str(claims.sub) ?? '';
  const login = str(claims.preferred_username) ?? str(claims.email) ?? subject;
  const values = claimValues(claims, config.roleClaim);
  // The audit trail caps user names at 256 characters.
  return {
    user: `oidc:${login}`.slice(0, 200),
    subject,
    displayName: (str(claims.name) ?? login).slice(0, 200),
    role: roleFor(values, config),
    claimValues: values,
  };
}
