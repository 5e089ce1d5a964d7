// Child process for the durability test: appends entries one at a time, awaiting each, and prints
// an entry's ID only after its append resolved (the BFF's "acknowledged"), until it is killed.
import { createAuditStore, type AuditStoreConfig } from './create-audit-store.ts';

const config = JSON.parse(process.argv[2] ?? '{}') as AuditStoreConfig;
const store = await createAuditStore(config);
for (let i = 0; i < 1_000_000; i += 1) {
  const entry = await store.append({
    user: 'burst',
    role: 'operator',
    action: 'nat-gateway.create',
    regionId: 'cn-hangzhou',
    params: { i },
    outcome: 'success',
  });
  // Pipes are synchronous on Linux, so the line is out before the next append starts.
  process.stdout.write(`${entry.id}\n`);
}
