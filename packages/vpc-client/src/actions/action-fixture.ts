import type { ActionName } from '../action-table.ts';

/**
 * One recorded success body of an action in both wire formats. `expected` is the typed result
 * both must decode to; when left out it is the JSON body itself (already typed per REFERENCE).
 */
export interface ActionFixture {
  action: ActionName;
  name: string;
  xml: string;
  json: string;
  expected?: unknown;
}

/** The XML prolog the API puts before `<{Action}Response>` (REFERENCE §2.1). */
export const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A body holding only `RequestId`, as Delete, Modify and Associate actions answer. */
export function requestIdOnly(action: ActionName, requestId: string): ActionFixture {
  return {
    action,
    name: 'RequestId only',
    xml: `${XML_PROLOG}<${action}Response><RequestId>${requestId}</RequestId></${action}Response>`,
    json: JSON.stringify({ RequestId: requestId }),
  };
}
