import type { FormErrors as FormCheckErrors, UseFormReturnType } from '@mantine/form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-error';
import type { FormErrors, FormPath } from '../../lib/form-validation';
import { useIdempotencyKey } from '../../lib/idempotency-key';
import { handleFormError } from './form-error';
import { notifySuccess } from './notify-error';

/** What every create mutation takes: the request and the key that makes a retry safe. */
export interface CreateVariables<R> {
  request: R;
  idempotencyKey: string;
}

/** The part of a TanStack mutation a create dialog uses. */
export interface CreateMutation<R, O> {
  mutate: (
    variables: CreateVariables<R>,
    callbacks: { onSuccess: (created: O) => void; onError: (error: ApiError) => void },
  ) => void;
}

interface CreateSubmitOptions<V extends object, R, O> {
  form: UseFormReturnType<V>;
  toRequest: (values: V) => R;
  mutation: CreateMutation<R, O>;
  /** The success notification for what was created, already translated. */
  done: (created: O) => string;
  onClose: () => void;
  formPath?: FormPath;
  /** After the field errors are placed: e.g. open the section that holds one, refetch choices. */
  onFailure?: (error: ApiError, fields: FormErrors) => void;
  /** When the form's own checks fail (nothing is sent). */
  onInvalid?: (errors: FormCheckErrors) => void;
}

/**
 * The submit handler of a create dialog: one Idempotency-Key per set of values (a resubmission
 * after a timeout reuses it, so the BFF's ClientToken never creates twice), then on success a
 * notification, a fresh key and the dialog closed; on failure the server's field errors on their
 * fields and the rest in the form's summary.
 */
export function useCreateSubmit<V extends object, R, O>(
  options: CreateSubmitOptions<V, R, O>,
): (event?: FormEvent<HTMLFormElement>) => void {
  const { form, toRequest, mutation, done, onClose, formPath, onFailure, onInvalid } = options;
  const { t } = useTranslation();
  const idempotency = useIdempotencyKey();
  return form.onSubmit((values) => {
    const request = toRequest(values);
    mutation.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (created) => {
          idempotency.reset();
          notifySuccess(done(created));
          onClose();
        },
        onError: (error) => {
          const fields = handleFormError(error, form, t, formPath);
          onFailure?.(error, fields);
        },
      },
    );
  }, onInvalid);
}
