import {
  ECSRAMRoleCredentialsProvider,
  ProfileCredentialsProvider,
  RAMRoleARNCredentialsProvider,
  StaticAKCredentialsProvider,
  StaticSTSCredentialsProvider,
  type CredentialsProvider,
} from '@alicloud/credentials';
import type { CredentialSource } from './config.ts';

/** The credentials shape the VPC client signs with. */
export interface ClientCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/**
 * Builds the provider the config names. Never the library's default chain: it probes the ECS
 * metadata address, which tests (and most hosts) must never reach.
 */
export function createCredentialsProvider(
  source: Exclude<CredentialSource, { kind: 'demo' }>,
): CredentialsProvider {
  switch (source.kind) {
    case 'accessKey':
      return source.securityToken
        ? StaticSTSCredentialsProvider.builder()
            .withAccessKeyId(source.accessKeyId)
            .withAccessKeySecret(source.accessKeySecret)
            .withSecurityToken(source.securityToken)
            .build()
        : StaticAKCredentialsProvider.builder()
            .withAccessKeyId(source.accessKeyId)
            .withAccessKeySecret(source.accessKeySecret)
            .build();
    case 'ramRoleArn': {
      const base = StaticAKCredentialsProvider.builder()
        .withAccessKeyId(source.accessKeyId)
        .withAccessKeySecret(source.accessKeySecret)
        .build();
      // A session provider: it refreshes the STS token before it expires.
      return RAMRoleARNCredentialsProvider.builder()
        .withCredentialsProvider(base)
        .withRoleArn(source.roleArn)
        .withRoleSessionName(source.roleSessionName)
        .build();
    }
    case 'profile': {
      // The provider reads ALIBABA_CLOUD_CREDENTIALS_FILE itself; the config checked it is set.
      const builder = ProfileCredentialsProvider.builder();
      if (source.profile) builder.withProfileName(source.profile);
      return builder.build();
    }
    case 'ecsRamRole':
      return ECSRAMRoleCredentialsProvider.builder()
        .withRoleName(source.roleName)
        .withDisableIMDSv1(true)
        .build();
  }
}

/** The function form the VPC client calls before every attempt, so refreshed STS tokens are used. */
export function credentialsFunction(
  provider: CredentialsProvider,
): () => Promise<ClientCredentials> {
  return async () => {
    const c = await provider.getCredentials();
    return {
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      securityToken: c.securityToken || undefined,
    };
  };
}
