import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const CLASSIC = '/zod/v4/classic/schemas.js';
const PROCESSORS = '../core/json-schema-processors.js';
const TO_JSON_SCHEMA = '../core/to-json-schema.js';
const VIRTUAL = '\0gc:zod-without-json-schema:';
/** What calling a left-out function says. */
export const LEFT_OUT =
  "zod's JSON Schema output is left out of the browser build (build/vite-zod-without-json-schema.ts)";

/** The names `code` reads from its namespace import `processors` and imports from to-json-schema. */
export function namesUsed(code: string): { processors: string[]; toJsonSchema: string[] } {
  const processors = new Set([...code.matchAll(/\bprocessors\.(\w+)/g)].map((m) => m[1] ?? ''));
  const named = new RegExp(`import \\{([^}]*)\\} from "${TO_JSON_SCHEMA.replace(/\./g, '\\.')}"`);
  const toJsonSchema = (code.match(named)?.[1] ?? '').split(',').map((s) => s.trim());
  return { processors: [...processors].sort(), toJsonSchema: toJsonSchema.filter(Boolean) };
}

/** The stand-in modules' code, for the names classic/schemas.js (at `classic`) uses. */
export function standIns(classic: string): { processors: string; toJsonSchema: string } {
  const used = namesUsed(readFileSync(classic, 'utf8'));
  const realProcessors = join(dirname(classic), PROCESSORS);
  const stubs = used.processors.filter((name) => name !== 'aggregateChecks');
  const throws = `() => { throw new Error(${JSON.stringify(LEFT_OUT)}); }`;
  return {
    processors: [
      `export { aggregateChecks } from ${JSON.stringify(realProcessors)};`,
      `const leftOut = ${throws};`,
      `export { ${stubs.map((name) => `leftOut as ${name}`).join(', ')} };`,
    ].join('\n'),
    toJsonSchema: [
      `const leftOut = () => ${throws};`,
      `export { ${used.toJsonSchema.map((name) => `leftOut as ${name}`).join(', ')} };`,
    ].join('\n'),
  };
}

/**
 * zod 4's classic schemas carry their own JSON Schema output (`toJSONSchema()`, Standard Schema's
 * `jsonSchema`): 17 KB, about 5 KB gzip, on every page, which the SPA never calls (it validates
 * answers and URLs). In the browser build, classic/schemas.js gets stand-ins for the two modules
 * behind it: `aggregateChecks` stays zod's own (schema getters such as `minLength` read it),
 * everything else throws {@link LEFT_OUT}. The server build and the tests keep all of zod. The
 * stand-ins export whatever names schemas.js uses, read from it at build time, so a zod upgrade
 * cannot leave one undefined; if zod moves the files, the plugin stops matching and the build is
 * merely larger, never broken.
 */
export function zodWithoutJsonSchema(): Plugin {
  const classicOf = new Map<string, string>();
  return {
    name: 'gc:zod-without-json-schema',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.endsWith(CLASSIC) !== true) return null;
      if (source !== PROCESSORS && source !== TO_JSON_SCHEMA) return null;
      const id = `${VIRTUAL}${source === PROCESSORS ? 'processors' : 'to-json-schema'}`;
      classicOf.set(id, importer);
      return id;
    },
    load(id) {
      const classic = classicOf.get(id);
      if (classic === undefined) return null;
      const code = standIns(classic);
      return id.endsWith(':processors') ? code.processors : code.toJsonSchema;
    },
  };
}
