import { inventoryQuerySchema } from '@gc/contracts';
import { RateBudget, VpcClient } from '@gc/vpc-client';
import pLimit from 'p-limit';
import { loadConfig } from '../config.ts';
import { createCredentialsProvider, credentialsFunction } from '../credentials.ts';
import { InventoryService } from '../services/inventory-service.ts';
import { runIfMain } from './cli-kit.ts';

// The smoke test serves nothing: the server-only variables get placeholders, so a user with
// just credentials (and perhaps VPC_ENDPOINT*) can run it.
const SERVER_ONLY = {
  BFF_SESSION_SECRET: 'live-smoke-serves-no-session-live-smoke',
  BFF_USERS_FILE: '-',
};

/**
 * `pnpm test:live`: read-only calls against the account the environment's credentials name
 * (regions, VPCs and the gateway inventory of every region, each from its regional endpoint).
 * Without real credentials it says so and exits 0: it never runs in CI.
 */
export async function liveSmoke(
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (l) => console.log(l),
): Promise<number> {
  const config = loadConfig({ ...SERVER_ONLY, ...env });
  if (config.credentials.kind === 'demo') {
    out(
      'test:live skipped: no real credentials (set ALIBABA_CLOUD_ACCESS_KEY_ID and ' +
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile file or an ECS RAM role; a read-only RAM user is enough).',
    );
    return 0;
  }
  const client = new VpcClient({
    ...(config.vpcEndpoint ? { endpoint: config.vpcEndpoint } : {}),
    regionEndpoints: config.vpcRegionEndpoints,
    credentials: credentialsFunction(createCredentialsProvider(config.credentials)),
    format: 'JSON',
    ...(config.vpcRateLimit > 0
      ? { rateBudget: new RateBudget({ callsPerSecond: config.vpcRateLimit }) }
      : {}),
  });
  try {
    const regions = (await client.describeRegions()).Regions.Region.map((r) => r.RegionId);
    out(`${regions.length} regions`);
    const limit = pLimit(8);
    const vpcs = new Map(
      await Promise.all(
        regions.map((id) =>
          limit(async () => {
            try {
              const page = await client.describeVpcs({ RegionId: id, PageSize: 50 });
              return [id, String(page.TotalCount)] as const;
            } catch (error) {
              return [id, `error: ${(error as Error).message}`] as const;
            }
          }),
        ),
      ),
    );
    const inventory = await new InventoryService(client, { account: 'live-smoke' }).inventory(
      inventoryQuerySchema.parse({}),
    );
    let failures = [...vpcs.values()].filter((v) => v.startsWith('error')).length;
    out('region | endpoint | VPCs | NAT | VPN | IPv6 | inventory');
    for (const r of inventory.regions) {
      const count = (type: string) =>
        inventory.items.filter((i) => i.regionId === r.id && i.type === type).length;
      if (!r.ok) failures += 1;
      out(
        [
          r.id,
          client.endpointFor(r.id),
          vpcs.get(r.id) ?? '-',
          count('nat'),
          count('vpn'),
          count('ipv6'),
          r.ok ? 'ok' : `error: ${r.error ?? ''}`,
        ].join(' | '),
      );
    }
    out(failures === 0 ? 'test:live passed' : `test:live: ${failures} failed reads`);
    return failures === 0 ? 0 : 1;
  } finally {
    await client.close();
  }
}

runIfMain(import.meta.url, 'test:live', () => liveSmoke());
