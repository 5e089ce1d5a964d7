import '../../testing/setup';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { bffClient } from '../../lib/bff-client';
import { fakeBff } from '../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../testing/render';
import { UserArea } from './user-area';

afterEach(async () => {
  vi.unstubAllGlobals();
  await changeLanguage('en');
});

describe('UserArea', () => {
  it('signs out everywhere from the session menu (auditors too), then shows the login', async () => {
    const { calls } = fakeBff({ 'DELETE /api/sessions': () => ({ status: 204 }) });
    bffClient.setCsrfToken(AUDITOR.csrfToken);
    const { router } = renderWithApp(<UserArea session={AUDITOR} />, {
      session: AUDITOR,
      otherPaths: ['/login'],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Session options' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Sign out everywhere/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    const call = calls.find((c) => c.url.pathname === '/api/sessions');
    expect(call?.method).toBe('DELETE');
    expect(new Headers(call?.init.headers).get('x-csrf-token')).toBe(AUDITOR.csrfToken);
  });

  it('names the menu item in Chinese', async () => {
    fakeBff({});
    await changeLanguage('zh-CN');
    renderWithApp(<UserArea session={AUDITOR} />, { session: AUDITOR });
    fireEvent.click(screen.getByRole('button', { name: '会话选项' }));
    expect(await screen.findByRole('menuitem', { name: /退出所有设备/ })).toBeTruthy();
  });
});
