import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { LoginForm } from './login-form';

afterEach(() => vi.unstubAllGlobals());

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false, selector: 'input' }), {
    target: { value },
  });

describe('LoginForm', () => {
  it('asks for both fields before sending anything', async () => {
    const { calls } = fakeBff({});
    renderWithApp(<LoginForm onSuccess={vi.fn()} />, { session: null });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getAllByText('Required')).toHaveLength(2));
    expect(calls).toHaveLength(0);
  });

  it('shows wrong credentials on the form', async () => {
    fakeBff({
      'POST /api/session': () => ({
        status: 401,
        body: { error: { code: 'InvalidCredentials', message: 'Wrong username or password.' } },
      }),
    });
    const onSuccess = vi.fn();
    renderWithApp(<LoginForm onSuccess={onSuccess} />, { session: null });
    fill('Username', 'auditor');
    fill('Password', 'nope');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wrong username or password.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('loads the session after a successful login', async () => {
    const session = { user: 'operator', role: 'operator', demo: true, csrfToken: 't' };
    fakeBff({ 'POST /api/session': () => session, 'GET /api/session': () => session });
    const onSuccess = vi.fn();
    renderWithApp(<LoginForm onSuccess={onSuccess} />, { session: null });
    fill('Username', 'operator');
    fill('Password', 'operator');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
  });
});
