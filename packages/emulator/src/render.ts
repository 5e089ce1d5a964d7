import { XMLBuilder } from 'fast-xml-parser';
import type { ApiError } from './api-error.ts';

/** Wire format of a response. */
export type Format = 'XML' | 'JSON';

/** A rendered body with its content type. */
export interface Rendered {
  contentType: string;
  body: string;
}

const builder = new XMLBuilder({ ignoreAttributes: true, suppressEmptyNode: false, format: false });
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

function xml(root: string, body: Record<string, unknown>): Rendered {
  return {
    contentType: 'text/xml;charset=utf-8',
    body: XML_DECL + (builder.build({ [root]: body }) as string),
  };
}

function json(body: Record<string, unknown>): Rendered {
  return { contentType: 'application/json;charset=utf-8', body: JSON.stringify(body) };
}

/**
 * Success envelope (REFERENCE §2.1): XML under `<{Action}Response>`, JSON as a bare object.
 * Handlers return lists already wrapped (`{ NatGateways: { NatGateway: [...] } }`), so an
 * array becomes repeated elements in XML and stays an array in JSON, even with one item.
 */
export function renderSuccess(
  action: string,
  requestId: string,
  body: Record<string, unknown>,
  format: Format,
): Rendered {
  const full = { RequestId: requestId, ...body };
  return format === 'JSON' ? json(full) : xml(`${action}Response`, full);
}

/** Error envelope (REFERENCE §2.3): RequestId, HostId, Code, Message, Recommend; root `<Error>` in XML. */
export function renderError(
  error: ApiError,
  requestId: string,
  hostId: string,
  format: Format,
): Rendered {
  const body = {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    // Diagnosis URL shape from captures of other products; product value for VPC unconfirmed (§2.3).
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vpc&requestId=${requestId}`,
  };
  return format === 'JSON' ? json(body) : xml('Error', body);
}
