import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/** The throwaway server from `scripts/start-postgres.sh` (scripts/test-all.mjs passes it). */
export const pgTestUrl = process.env.TEST_POSTGRES_URL?.trim() || undefined;

const inCi = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);

/**
 * A `describe` for PostgreSQL suites: runs them when `TEST_POSTGRES_URL` is set, fails loudly in
 * CI when it is not (the store must be proven on both databases there), and skips visibly locally.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (pgTestUrl) {
    const url = pgTestUrl;
    describe(name, () => body(url));
  } else if (inCi) {
    describe(name, () => {
      it('has a PostgreSQL server to test against', () => {
        throw new Error(
          'TEST_POSTGRES_URL is not set in CI: start one with scripts/start-postgres.sh and pass ' +
            'its last stdout line as TEST_POSTGRES_URL (scripts/test-all.mjs does this)',
        );
      });
    });
  } else {
    describe.skip(`${name} (skipped: TEST_POSTGRES_URL is not set; see scripts/start-postgres.sh)`, () =>
      body(''));
  }
}

/** A schema name no other test uses, so every test gets an empty trail in the shared database. */
export const freshSchemaName = () => `audit_test_${randomBytes(6).toString('hex')}`;

/** Drops the given schemas (test clean-up). */
export async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}
