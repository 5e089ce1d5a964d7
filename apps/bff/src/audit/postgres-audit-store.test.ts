import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { auditStoreContract, sampleEntry } from './audit-store-contract.fixture.ts';
import { migratePostgres } from './audit-migrations.ts';
import { describePostgres, dropSchemas, freshSchemaName } from './pg-test-url.fixture.ts';
import { PostgresAuditStore } from './postgres-audit-store.ts';

describePostgres('PostgresAuditStore', (url) => {
  const schemas: string[] = [];
  const newSchema = () => {
    const s = freshSchemaName();
    schemas.push(s);
    return s;
  };
  afterAll(() => dropSchemas(url, schemas));

  auditStoreContract(async () => {
    const schema = newSchema();
    return () => PostgresAuditStore.open({ url, schema, exportBatchSize: 7 });
  });

  it('migrates once: a second start applies nothing and keeps the data', async () => {
    const schema = newSchema();
    const first = await PostgresAuditStore.open({ url, schema });
    expect(first.appliedMigrations).toEqual([1, 2, 3, 4]);
    await first.append(sampleEntry());
    await first.close();
    const second = await PostgresAuditStore.open({ url, schema });
    expect(second.appliedMigrations).toEqual([]);
    expect((await second.query({})).total).toBe(1);
    await second.close();
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    expect(await migratePostgres(pool, schema)).toEqual([]);
    await pool.end();
  });

  it('lets several instances start at once: the advisory lock applies each step once', async () => {
    const schema = newSchema();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => PostgresAuditStore.open({ url, schema, max: 2 })),
    );
    expect(stores.map((s) => s.appliedMigrations).flat()).toEqual([1, 2, 3, 4]);
    // Several instances share one trail: what one appends, every other reads.
    await Promise.all(stores.map((s, i) => s.append(sampleEntry({ user: `bff-${i}` }))));
    const { items } = await stores[0]!.query({});
    expect(items.map((e) => e.user).sort()).toEqual(['bff-0', 'bff-1', 'bff-2', 'bff-3']);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('refuses a schema name that could inject SQL', async () => {
    await expect(PostgresAuditStore.open({ url, schema: 'x"; DROP TABLE y; --' })).rejects.toThrow(
      /schema/,
    );
  });
});
