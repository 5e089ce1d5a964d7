import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, type ApiError } from '../../lib/api-error';

/**
 * A readable message: our own codes are translated; the BFF's and upstream messages are shown
 * as sent (they carry details such as the resource ID that a generic text would lose).
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
      return error.message;
  }
}
