import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, type ApiError } from '../../lib/api-error';

/**
 * A readable message: our own codes are translated, and so are the upstream codes listed under
 * `errors.upstream` (the documented ones an operator meets, REFERENCE-2 §5.5); any other message
 * is shown as sent (it carries details such as the resource ID). The code and RequestId stay
 * visible beside it (`ErrorDetails`), so a translation never hides what the API said.
 */
export function errorMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case CLIENT_ERROR_CODES.network:
      return t('errors.network');
    case CLIENT_ERROR_CODES.http:
      return t('errors.http', { status: error.status });
    case CLIENT_ERROR_CODES.invalidResponse:
      return t('errors.invalidResponse');
    default:
      if (error.status === 429) return `${t('errors.throttled')} ${error.message}`;
      return t(`errors.upstream.${error.code}`, { defaultValue: '' }) || error.message;
  }
}
