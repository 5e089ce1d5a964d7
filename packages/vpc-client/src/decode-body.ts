import { ACTIONS } from './action-table.ts';
import type { ActionName } from './action-table.ts';
import type { ResponseOf } from './actions/define-action.ts';
import { normalize } from './normalize.ts';
import { parseBody } from './parse-body.ts';

/**
 * Decodes a success body (XML or JSON) of `action` into its typed response, exactly as the
 * client does. Throws when the body is neither, or does not match the schema. Handy to check
 * recorded bodies and the emulator's rendering.
 */
export function decodeBody<K extends ActionName>(
  action: K,
  body: string,
): ResponseOf<(typeof ACTIONS)[K]> {
  const parsed = parseBody(body);
  if (!parsed) throw new Error(`${action}: the body is neither XML nor a JSON object`);
  if (parsed.root === 'Error') throw new Error(`${action}: the body is an error envelope`);
  return normalize(parsed.value, ACTIONS[action].response) as ResponseOf<(typeof ACTIONS)[K]>;
}
