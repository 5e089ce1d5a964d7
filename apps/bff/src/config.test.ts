import { describe, expect, it } from 'vitest';
import { errorOf } from './config-error.fixture.ts';
import { loadConfig } from './config.ts';

const real = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIexample',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret-value',
  BFF_SESSION_SECRET: 's'.repeat(32),
  BFF_USERS_FILE: '/tmp/users.json',
};

describe('loadConfig', () => {
  it('defaults to demo mode on 127.0.0.1:8080 with a generated session secret', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      demo: true,
      sessionSecretGenerated: true,
    });
    expect(c.credentials).toEqual({ kind: 'demo' });
    expect(c.emulator).toEqual({ port: 0, timing: 'timed', stateFile: undefined });
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).sessionSecret).not.toBe(c.sessionSecret);
  });

  it('reads the emulator variables of demo mode', () => {
    const c = loadConfig({
      VPC_EMULATOR_PORT: '9100',
      VPC_EMULATOR_TIMING: 'manual',
      VPC_EMULATOR_STATE: '/tmp/s.json',
    });
    expect(c.emulator).toEqual({ port: 9100, timing: 'manual', stateFile: '/tmp/s.json' });
    const token = 'scripted-admin-token-42';
    expect(loadConfig({ VPC_EMULATOR_ADMIN_TOKEN: token }).emulator.adminToken).toBe(token);
  });

  it('chooses the AccessKey provider in real mode', () => {
    const c = loadConfig(real);
    expect(c.demo).toBe(false);
    expect(c.credentials).toMatchObject({ kind: 'accessKey', accessKeyId: 'LTAIexample' });
    // No VPC_ENDPOINT: the client resolves each region's endpoint (issue 20).
    expect(c.vpcEndpoint).toBeUndefined();
    expect(c.vpcRegionEndpoints).toEqual({});
    // Real mode shares the account's rate by default; the demo's emulator does not throttle.
    expect(c.vpcRateLimit).toBe(10);
    expect(loadConfig({}).vpcRateLimit).toBe(0);
    expect(loadConfig({ ...real, VPC_RATE_LIMIT: '2.5' }).vpcRateLimit).toBe(2.5);
    expect(loadConfig({ ...real, VPC_RATE_LIMIT: '0' }).vpcRateLimit).toBe(0);
    expect(() => loadConfig({ ...real, VPC_RATE_LIMIT: 'fast' })).toThrow(
      'VPC_RATE_LIMIT: must be a number of calls per second (0 = no limit)',
    );
  });

  it('reads VPC_ENDPOINT for every region and VPC_ENDPOINT_<REGION> for one', () => {
    const c = loadConfig({
      ...real,
      VPC_ENDPOINT: 'http://127.0.0.1:9000',
      VPC_ENDPOINT_EU_CENTRAL_1: 'http://127.0.0.1:9001',
      VPC_ENDPOINT_CN_SHANGHAI_FINANCE_1: 'https://vpc.aliyuncs.com',
    });
    expect(c.vpcEndpoint).toBe('http://127.0.0.1:9000');
    expect(c.vpcRegionEndpoints).toEqual({
      'eu-central-1': 'http://127.0.0.1:9001',
      'cn-shanghai-finance-1': 'https://vpc.aliyuncs.com',
    });
    expect(() => loadConfig({ ...real, VPC_ENDPOINT_EU_CENTRAL_1: 'vpc.example' })).toThrow(
      'VPC_ENDPOINT_EU_CENTRAL_1: must be an http(s) URL',
    );
  });

  it('chooses STS RamRoleArn, profile file and ECS role explicitly', () => {
    const arn = 'acs:ram::123456789:role/console';
    expect(loadConfig({ ...real, ALIBABA_CLOUD_ROLE_ARN: arn }).credentials).toMatchObject({
      kind: 'ramRoleArn',
      roleArn: arn,
      roleSessionName: 'gateway-console',
    });
    const base = {
      BFF_SESSION_SECRET: real.BFF_SESSION_SECRET,
      BFF_USERS_FILE: real.BFF_USERS_FILE,
    };
    expect(
      loadConfig({ ...base, ALIBABA_CLOUD_CREDENTIALS_FILE: '/x/credentials' }).credentials.kind,
    ).toBe('profile');
    expect(loadConfig({ ...base, ALIBABA_CLOUD_ECS_METADATA: 'console-role' }).credentials).toEqual(
      {
        kind: 'ecsRamRole',
        roleName: 'console-role',
      },
    );
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ VPC_ENDPOINT: 'not a url' }, 'VPC_ENDPOINT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ VPC_EMULATOR_TIMING: 'slow' }, 'VPC_EMULATOR_TIMING'],
    [{ ...real, BFF_SESSION_SECRET: 'short' }, 'BFF_SESSION_SECRET'],
    [{ ...real, BFF_SESSION_SECRET: '' }, 'BFF_SESSION_SECRET'],
    [{ ...real, BFF_USERS_FILE: '' }, 'BFF_USERS_FILE'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIx' }, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
    [{ ...real, ALIBABA_CLOUD_ROLE_ARN: 'role' }, 'ALIBABA_CLOUD_ROLE_ARN'],
    [{ ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/x' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
  ])('a bad %j names %s', (env, variable) => {
    expect(errorOf(env as Record<string, string>)).toContain(`${variable}:`);
  });

  // Issue 15, H2: the demo only on purpose.
  it.each([
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: '' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: '  ' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ...real, ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' }, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
    [{ ALIBABA_CLOUD_CREDENTIALS_FILE: '' }, 'ALIBABA_CLOUD_CREDENTIALS_FILE'],
    [{ ALIBABA_CLOUD_ECS_METADATA: '' }, 'ALIBABA_CLOUD_ECS_METADATA'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'only-the-secret' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ALIBABA_CLOUD_SECURITY_TOKEN: 'sts' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ALIBABA_CLOUD_ROLE_SESSION_NAME: 'x' }, 'ALIBABA_CLOUD_ROLE_ARN'],
    [{ ALIBABA_CLOUD_PROFILE: 'prod' }, 'ALIBABA_CLOUD_CREDENTIALS_FILE'],
    [{ ALIBABA_CLOUD_ACCESS_KEYID: 'LTAIx' }, 'ALIBABA_CLOUD_ACCESS_KEYID'],
    [{ ALIBABACLOUD_ACCESS_KEY_SECRET: 'x' }, 'ALIBABACLOUD_ACCESS_KEY_SECRET'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ HOST: '::' }, 'HOST'],
  ])('refuses to start the demo on %j, naming %s', (env, variable) => {
    expect(errorOf(env as Record<string, string>)).toContain(`${variable}:`);
  });

  it('starts the demo only with no credential variable at all, on loopback unless allowed', () => {
    expect(loadConfig({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', HOME: '/x' }).demo).toBe(true);
    expect(loadConfig({ HOST: '::1' }).demo).toBe(true);
    expect(loadConfig({ HOST: 'localhost' }).demo).toBe(true);
    const remote = loadConfig({ HOST: '0.0.0.0', BFF_DEMO_ALLOW_REMOTE: 'true' });
    expect(remote).toMatchObject({ demo: true, host: '0.0.0.0' });
    // Real mode listens wherever it is told.
    expect(loadConfig({ ...real, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('never signs demo sessions with a configured secret', () => {
    const c = loadConfig({ BFF_SESSION_SECRET: 'x'.repeat(40) });
    expect(c.demo).toBe(true);
    expect(c.sessionSecret).not.toBe('x'.repeat(40));
    expect(c.sessionSecretGenerated).toBe(true);
    expect(loadConfig(real).sessionSecret).toBe(real.BFF_SESSION_SECRET);
  });

  it('reads the idle timeout and the absolute lifetime of sessions', () => {
    expect(loadConfig({})).toMatchObject({ sessionIdleSeconds: 1800, sessionTtlSeconds: 28_800 });
    const c = loadConfig({ BFF_SESSION_IDLE_MINUTES: '5', BFF_SESSION_TTL_MINUTES: '60' });
    expect(c).toMatchObject({ sessionIdleSeconds: 300, sessionTtlSeconds: 3600 });
    expect(errorOf({ BFF_SESSION_IDLE_MINUTES: '0' })).toContain('BFF_SESSION_IDLE_MINUTES:');
  });
});
