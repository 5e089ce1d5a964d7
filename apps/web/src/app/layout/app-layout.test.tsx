import '../../testing/setup';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../testing/render';
import { AppLayout } from './app-layout';

afterEach(() => vi.unstubAllGlobals());

const regions = {
  items: [{ id: 'cn-hangzhou', name: 'China (Hangzhou)', localName: '华东1（杭州）' }],
};

describe('AppLayout', () => {
  it('sends a logged-out user to login, keeping where they were going', async () => {
    fakeBff({});
    const { router } = renderWithApp(<AppLayout />, {
      session: null,
      path: '/regions/cn-hangzhou/nat-gateways?q=a',
      route: '/regions/*',
      otherPaths: ['/login'],
    });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/regions/cn-hangzhou/nat-gateways?q=a')}`,
    );
    expect(await screen.findByText('/login')).toBeTruthy();
  });

  it('shows the region, the role, Demo data and Sign out to operators', async () => {
    fakeBff({ 'GET /api/regions': () => regions });
    renderWithApp(<AppLayout />, {
      session: OPERATOR,
      route: '/regions/:regionId/*',
      path: '/regions/cn-hangzhou/nat-gateways',
    });
    expect(await screen.findByRole('option', { name: 'China (Hangzhou)' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Demo data');
    expect(screen.queryByText('Read-only')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'VPN gateways' }).getAttribute('href')).toBe(
      '/regions/cn-hangzhou/vpn-gateways',
    );
    expect(screen.getByRole('link', { name: 'Audit trail' }).getAttribute('href')).toBe(
      '/regions/cn-hangzhou/audit',
    );
  });

  it('shows the Read-only badge to auditors', async () => {
    fakeBff({ 'GET /api/regions': () => regions });
    renderWithApp(<AppLayout />, {
      session: AUDITOR,
      route: '/regions/:regionId/*',
      path: '/regions/cn-hangzhou/nat-gateways',
    });
    expect(await screen.findByText('Read-only')).toBeTruthy();
    expect(screen.getByText(/auditor · Auditor/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Audit trail' })).toBeTruthy();
  });
});
