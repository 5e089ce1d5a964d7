import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialsProvider, credentialsFunction } from './credentials.ts';

const saved = process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
afterEach(() => {
  if (saved === undefined) delete process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
  else process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = saved;
});

// None of these reach the network: static providers answer locally, the others are only built.
describe('createCredentialsProvider', () => {
  it('gives the client a function returning the static AccessKey (and STS token)', async () => {
    const ak = createCredentialsProvider({
      kind: 'accessKey',
      accessKeyId: 'LTAIa',
      accessKeySecret: 's1',
    });
    expect(await credentialsFunction(ak)()).toEqual({
      accessKeyId: 'LTAIa',
      accessKeySecret: 's1',
      securityToken: undefined,
    });
    const sts = createCredentialsProvider({
      kind: 'accessKey',
      accessKeyId: 'STS.a',
      accessKeySecret: 's2',
      securityToken: 'tok',
    });
    expect(await credentialsFunction(sts)()).toMatchObject({ securityToken: 'tok' });
  });

  it('builds the RamRoleArn session provider and the ECS role provider without calling them', () => {
    const arn = createCredentialsProvider({
      kind: 'ramRoleArn',
      accessKeyId: 'LTAIa',
      accessKeySecret: 's',
      roleArn: 'acs:ram::1:role/x',
      roleSessionName: 'gc',
    });
    expect(arn.getProviderName()).toBe('ram_role_arn/static_ak');
    expect(createCredentialsProvider({ kind: 'ecsRamRole', roleName: 'r' }).getProviderName()).toBe(
      'ecs_ram_role',
    );
  });

  it('reads a named profile of the credentials file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'alicreds-'));
    const file = path.join(dir, 'credentials');
    await writeFile(
      file,
      '[console]\ntype = access_key\naccess_key_id = LTAIprofile\naccess_key_secret = profileSecret\n',
    );
    process.env.ALIBABA_CLOUD_CREDENTIALS_FILE = file;
    const p = createCredentialsProvider({ kind: 'profile', file, profile: 'console' });
    expect(await credentialsFunction(p)()).toMatchObject({
      accessKeyId: 'LTAIprofile',
      accessKeySecret: 'profileSecret',
    });
  });
});
