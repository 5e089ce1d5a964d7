import '../../../testing/setup';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignInOptions } from '@gc/contracts';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { SignInMethods } from './sign-in-methods';

afterEach(() => vi.unstubAllGlobals());

const withOptions = (options: SignInOptions) => fakeBff({ 'GET /api/auth/options': () => options });

describe('SignInMethods', () => {
  it('offers the provider beside the local form', async () => {
    withOptions({ local: true, oidc: { name: 'Corp SSO', endSession: true } });
    renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null });
    const sso = await screen.findByRole('link', { name: 'Sign in with Corp SSO' });
    expect(sso.getAttribute('href')).toBe('/api/auth/oidc/login');
    expect(screen.getByLabelText('Username', { exact: false, selector: 'input' })).toBeTruthy();
  });

  it('shows only the provider when local sign-in is off', async () => {
    withOptions({ local: false, oidc: { name: 'Corp SSO', endSession: false } });
    renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null });
    await screen.findByRole('link', { name: 'Sign in with Corp SSO' });
    expect(screen.queryByLabelText('Username', { exact: false, selector: 'input' })).toBeNull();
  });

  it('says why the provider sign-in was refused', async () => {
    withOptions({ local: false, oidc: { name: 'Corp SSO', endSession: false } });
    renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null, path: '/?sso=no-role' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('none of your groups grants a role');
  });

  it('names the demo users in demo mode, and not otherwise', async () => {
    withOptions({ local: true, demo: true });
    const view = renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null });
    expect((await screen.findByText('Demo mode')).closest('div')).toBeTruthy();
    expect(screen.getByText(/operator \/ operator/)).toBeTruthy();
    view.unmount();
    withOptions({ local: true });
    renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null });
    await screen.findByLabelText('Username', { exact: false, selector: 'input' });
    expect(screen.queryByText('Demo mode')).toBeNull();
  });

  it('keeps the local form alone when single sign-on is not configured', async () => {
    withOptions({ local: true });
    renderWithApp(<SignInMethods onSuccess={vi.fn()} />, { session: null });
    await screen.findByLabelText('Username', { exact: false, selector: 'input' });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
