import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { claimValues, roleFor } from './oidc-identity.ts';
import { signInConfigFromEnv } from './oidc-config.ts';

const base = {
  OIDC_ISSUER: 'https://login.example.com/realms/ops',
  OIDC_CLIENT_ID: 'gateway-console',
  OIDC_CLIENT_SECRET: 's3cret',
  OIDC_OPERATOR_VALUES: 'ops, netadmins',
  OIDC_AUDITOR_VALUES: 'auditors',
};

describe('single sign-on configuration', () => {
  it('reads the provider, the role claim and the value lists', () => {
    const { config, problems } = signInConfigFromEnv(base);
    expect(problems).toEqual([]);
    expect(config.localLogin).toBe(true);
    expect(config.oidc).toMatchObject({
      clientId: 'gateway-console',
      roleClaim: 'groups',
      operatorValues: ['ops', 'netadmins'],
      auditorValues: ['auditors'],
      name: 'login.example.com',
      scopes: 'openid profile email',
    });
  });

  it('names each offending variable', () => {
    const { problems } = signInConfigFromEnv({
      OIDC_ISSUER: 'http://idp.example.com',
      OIDC_CLIENT_ID: 'x',
      OIDC_SCOPE: 'openid',
      LOCAL_LOGIN: 'maybe',
    });
    expect(problems).toEqual([
      'LOCAL_LOGIN: must be on or off',
      'OIDC_SCOPE: not a variable the console reads (a typo?)',
      'OIDC_ISSUER: must be https (plain http only on loopback)',
      'OIDC_CLIENT_SECRET: is required with OIDC_ISSUER',
      expect.stringMatching(/^OIDC_OPERATOR_VALUES: set it or OIDC_AUDITOR_VALUES/),
    ]);
  });

  it('refuses LOCAL_LOGIN=off without a provider, and stray OIDC_* without an issuer', () => {
    expect(signInConfigFromEnv({ LOCAL_LOGIN: 'off', OIDC_CLIENT_ID: 'x' }).problems).toEqual([
      'OIDC_ISSUER: is required with OIDC_CLIENT_ID',
      'LOCAL_LOGIN: off needs OIDC_ISSUER (nobody could sign in)',
    ]);
  });

  it('lets real mode run without a users file when only the provider signs in', () => {
    const real = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret' };
    const secret = { BFF_SESSION_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...real, ...secret, ...base })).toThrow(/BFF_USERS_FILE/);
    const config = loadConfig({ ...real, ...secret, ...base, LOCAL_LOGIN: 'off' });
    expect(config.signIn.localLogin).toBe(false);
  });
});

describe('group → role mapping', () => {
  const config = signInConfigFromEnv(base).config.oidc!;
  it('gives operator before auditor, and nothing without a match', () => {
    expect(roleFor(['auditors', 'netadmins'], config)).toBe('operator');
    expect(roleFor(['auditors'], config)).toBe('auditor');
    expect(roleFor(['sales'], config)).toBeUndefined();
  });

  it('reads a string, an array, or a nested claim by dotted path', () => {
    expect(claimValues({ groups: 'ops' }, 'groups')).toEqual(['ops']);
    expect(claimValues({ groups: ['a', 1, 'b'] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ realm_access: { roles: ['ops'] } }, 'realm_access.roles')).toEqual([
      'ops',
    ]);
    expect(claimValues({}, 'groups')).toEqual([]);
  });
});
