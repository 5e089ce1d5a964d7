import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import { errorMessage } from './error-message';

/** The readable message of an error in the UI language. */
export function useErrorMessage(error: ApiError): string {
  const { t } = useTranslation();
  return errorMessage(error, t);
}
