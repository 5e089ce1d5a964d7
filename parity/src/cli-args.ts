import type { Target } from './raw-call.ts';

/** The credentials a run signs with: the environment's, as the BFF reads them. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Target['credentials'] | undefined {
  const accessKeyId = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const accessKeySecret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) return undefined;
  const securityToken = env.ALIBABA_CLOUD_SECURITY_TOKEN;
  return { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) };
}

/** True for an endpoint of Alibaba Cloud itself (where the scenario costs money). */
export function isAlibabaCloud(endpoint: string): boolean {
  return new URL(endpoint).hostname.endsWith('.aliyuncs.com');
}

/** Runs `main` when the file is the entry point, exiting with its code. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
