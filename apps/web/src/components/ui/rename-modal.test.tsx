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

  it('lists a server error on a field the form does not have in its summary', async () => {
    const error = new ApiError({
      status: 400,
      code: 'InvalidInput',
      message: 'Invalid request body: spec: cannot be changed',
      fields: [
        { path: 'name', message: 'Name taken' },
        {
          path: 'spec',
          message: 'cannot be changed: IPv6 gateways have no spec any more',
          key: 'noSpec',
          params: {},
        },
      ],
    });
    const onSubmit = vi.fn<RenameModalProps['onSubmit']>((_v, handlers) => handlers.onError(error));
    renderModal({ onSubmit });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name taken')).toBeTruthy();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'spec: Cannot be changed: IPv6 gateways no longer have a spec',
    );
  });
});
