import '../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { renderWithApp } from '../../testing/render';
import { RenameModal, type RenameModalProps } from './rename-modal';

const LABELS = { title: 'Rename it', name: 'Name', description: 'Description', done: 'Renamed' };

function renderModal(overrides: Partial<RenameModalProps> = {}) {
  const props: RenameModalProps = {
    labels: LABELS,
    initialValues: { name: 'old', description: 'text' },
    validate: (v): Record<string, string> => (v.name.trim() === '' ? { name: 'Required' } : {}),
    serverErrors: (error) => Object.fromEntries(error.fields.map((f) => [f.path, f.message])),
    onSubmit: vi.fn(),
    pending: false,
    onClose: vi.fn(),
    ...overrides,
  };
  renderWithApp(<RenameModal {...props} />);
  return props;
}

describe('RenameModal', () => {
  it('checks the values, then submits them and closes on success', async () => {
    const onSubmit = vi.fn<RenameModalProps['onSubmit']>((_v, handlers) => handlers.onSuccess());
    const { onClose } = renderModal({ onSubmit });
    const name = await screen.findByRole('textbox', { name: /Name/ });
    expect((name as HTMLInputElement).value).toBe('old');
    fireEvent.change(name, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(name, { target: { value: 'new' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Description' }), {
      target: { value: 'more' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ name: 'new', description: 'more' });
  });

  it('puts a server field error on its field and keeps the modal open', async () => {
    const error = new ApiError({
      status: 400,
      code: 'InvalidParameter',
      message: 'bad',
      fields: [{ path: 'name', message: 'Name taken' }],
    });
    const onSubmit = vi.fn<RenameModalProps['onSubmit']>((_v, handlers) => handlers.onError(error));
    const { onClose } = renderModal({ onSubmit });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name taken')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
