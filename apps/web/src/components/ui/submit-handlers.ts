import type { TFunction } from 'i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormPath } from '../../lib/form-validation';
import { handleFormError, type FormLike } from './form-error';
import { notifySuccess } from './notify-error';

/** Callbacks a modal hands to its mutation (the shape of TanStack Query's `mutate` options). */
export interface SubmitHandlers {
  onSuccess: () => void;
  onError: (error: ApiError) => void;
}

interface SubmitHandlersOptions {
  form: FormLike;
  /** The success notification, already translated. */
  done: string;
  onClose: () => void;
  t: TFunction;
  formPath?: FormPath;
  /** Keeps the failure for the form's error summary (`FormErrorAlert`). */
  onFailure: (error: ApiError) => void;
}

/** Success: notify and close. Failure: field errors on the form, the rest in its summary. */
export function submitHandlers(options: SubmitHandlersOptions): SubmitHandlers {
  const { form, done, onClose, t, formPath, onFailure } = options;
  return {
    onSuccess: () => {
      notifySuccess(done);
      onClose();
    },
    onError: (error) => {
      onFailure(error);
      handleFormError(error, form, t, formPath);
    },
  };
}
