import type { TFunction } from 'i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormErrors } from '../../lib/form-validation';
import { notifyError, notifySuccess } from './notify-error';

/** Callbacks a modal hands to its mutation (the shape of TanStack Query's `mutate` options). */
export interface SubmitHandlers {
  onSuccess: () => void;
  onError: (error: ApiError) => void;
}

interface SubmitHandlersOptions<V> {
  form: { values: V; setErrors: (errors: FormErrors) => void };
  /** The server's field errors to show on the form; none means the error is notified instead. */
  serverErrors: (error: ApiError, values: V) => FormErrors;
  /** The success notification, already translated. */
  done: string;
  onClose: () => void;
  t: TFunction;
}

/** Success: notify and close. Failure: field errors on the form, anything else notified. */
export function submitHandlers<V>(options: SubmitHandlersOptions<V>): SubmitHandlers {
  const { form, serverErrors, done, onClose, t } = options;
  return {
    onSuccess: () => {
      notifySuccess(done);
      onClose();
    },
    onError: (error) => {
      const fields = serverErrors(error, form.values);
      form.setErrors(fields);
      if (Object.keys(fields).length === 0) notifyError(error, t);
    },
  };
}
