import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, namesUsed, standIns } from './vite-zod-without-json-schema';

// zod is the contracts' dependency: resolve it from there.
const fromContracts = createRequire(join(import.meta.dirname, '../../../packages/contracts/'));
const core = fromContracts.resolve('zod/v4/core');
const classic = join(dirname(core), '../classic/schemas.js');

describe('zodWithoutJsonSchema stand-ins', () => {
  it('export every name classic/schemas.js uses, aggregateChecks being zod’s own', async () => {
    const used = namesUsed(readFileSync(classic, 'utf8'));
    expect(used.processors).toContain('aggregateChecks');
    expect(used.processors).toContain('stringProcessor');
    expect(used.toJsonSchema).toEqual(
      expect.arrayContaining(['createStandardJSONSchemaMethod', 'createToJSONSchemaMethod']),
    );
    const dir = mkdtempSync(join(tmpdir(), 'gc-zod-'));
    const code = standIns(classic);
    writeFileSync(join(dir, 'processors.mjs'), code.processors);
    writeFileSync(join(dir, 'to-json-schema.mjs'), code.toJsonSchema);
    const processors = (await import(pathToFileURL(join(dir, 'processors.mjs')).href)) as Record<
      string,
      unknown
    >;
    const toJsonSchema = (await import(
      pathToFileURL(join(dir, 'to-json-schema.mjs')).href
    )) as Record<string, (...args: unknown[]) => () => unknown>;
    for (const name of used.processors) expect(typeof processors[name], name).toBe('function');
    const real = (await import(
      pathToFileURL(join(dirname(core), 'json-schema-processors.js')).href
    )) as {
      aggregateChecks: unknown;
    };
    expect(processors.aggregateChecks).toBe(real.aggregateChecks);
    expect(() => (processors.stringProcessor as () => unknown)()).toThrow(LEFT_OUT);
    // Built with each schema (Standard Schema's `jsonSchema`), throwing only when called.
    for (const name of used.toJsonSchema) {
      const method = toJsonSchema[name]?.({}, 'input');
      expect(typeof method, name).toBe('function');
      expect(() => method?.()).toThrow(LEFT_OUT);
    }
  });
});
