import { Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { renderWithApp } from '../../testing/render';
import { useCreateSubmit, type CreateMutation, type CreateVariables } from './use-create-submit';

type Outcome = 'fail' | 'field' | 'ok';

/** A create mutation that answers as told and records what it was sent. */
function scriptedMutation(outcomes: Outcome[]) {
  const sent: CreateVariables<{ name: string }>[] = [];
  const mutation: CreateMutation<{ name: string }, { id: string }> = {
    mutate: (variables, { onSuccess, onError }) => {
      sent.push(variables);
      const outcome = outcomes.shift();
      if (outcome === 'ok') onSuccess({ id: 'new-1' });
      else if (outcome === 'field') {
        const fields = [{ path: 'name', message: 'taken' }];
        onError(new ApiError({ status: 400, code: 'InvalidInput', message: 'taken', fields }));
      } else onError(new ApiError({ status: 504, code: 'UpstreamTimeout', message: 'timed out' }));
    },
  };
  return { mutation, sent };
}

function Harness(props: {
  mutation: CreateMutation<{ name: string }, { id: string }>;
  onClose: () => void;
  onFailure: (fields: Record<string, unknown>) => void;
}) {
  const form = useForm({ initialValues: { name: 'edge' } });
  const submit = useCreateSubmit({
    form,
    toRequest: (v) => ({ name: v.name }),
    mutation: props.mutation,
    done: (created) => `Created ${created.id}`,
    onClose: props.onClose,
    onFailure: (_e, fields) => props.onFailure(fields),
  });
  return (
    <form onSubmit={submit}>
      <TextInput label="Name" {...form.getInputProps('name')} />
      <Button type="submit">Create</Button>
    </form>
  );
}

describe('useCreateSubmit', () => {
  it('reuses the Idempotency-Key for a retry of the same values, and closes on success', async () => {
    const { mutation, sent } = scriptedMutation(['fail', 'ok']);
    const onClose = vi.fn();
    renderWithApp(<Harness mutation={mutation} onClose={onClose} onFailure={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(sent[1]?.idempotencyKey).toBe(sent[0]?.idempotencyKey);
  });

  it('puts a server field error on its field and hands the placed fields to onFailure', async () => {
    const { mutation } = scriptedMutation(['field']);
    const onFailure = vi.fn();
    renderWithApp(<Harness mutation={mutation} onClose={() => undefined} onFailure={onFailure} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith({ name: 'taken' }));
    expect(await screen.findByText('taken')).toBeTruthy();
  });

  it('uses a new key once the values change', async () => {
    const { mutation, sent } = scriptedMutation(['fail', 'fail']);
    renderWithApp(
      <Harness mutation={mutation} onClose={() => undefined} onFailure={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'edge-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.idempotencyKey).not.toBe(sent[0]?.idempotencyKey);
  });
});
