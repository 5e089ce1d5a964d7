import '../../../testing/setup';
import type { AuditEntry } from '@gc/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { AuditTrailPage } from './audit-trail-page';

afterEach(() => vi.unstubAllGlobals());

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: '0f5e',
  time: '2026-11-22T08:00:00.000Z',
  user: 'operator',
  role: 'operator',
  action: 'ModifyNatGatewayAttribute',
  regionId: 'cn-hangzhou',
  resourceId: 'ngw-live',
  params: { name: 'renamed' },
  outcome: 'success',
  upstreamRequestId: 'UP-REQ-LIVE',
  ...over,
});

const PAGE = {
  items: [
    entry({}),
    entry({
      id: '1a2b',
      action: 'CreateNatGateway',
      resourceId: 'ngw-gone',
      outcome: 'failure',
      errorCode: 'QuotaExceeded.NatGateway',
      upstreamRequestId: 'UP-REQ-GONE',
      clientToken: 'ct-0123456789abcdef',
      params: { name: 'new', psk: '[REDACTED]' },
    }),
  ],
  total: 42,
  page: 1,
  pageSize: 20,
};

describe('AuditTrailPage', () => {
  it('sends the URL filters, shows entries with links, codes and RequestIds, and exports', async () => {
    const { calls } = fakeBff({
      'GET /api/audit': () => PAGE,
      'GET /api/regions/cn-hangzhou/nat-gateways/ngw-live': () => ({ id: 'ngw-live' }),
    });
    renderWithApp(<AuditTrailPage />, {
      session: AUDITOR,
      path: '/?user=operator&outcome=success&from=2026-11-22T00:00:00.000Z',
    });
    const table = await screen.findByRole('table', { name: 'Audit trail entries' });
    const list = calls.find((c) => c.url.pathname === '/api/audit');
    expect(Object.fromEntries(list?.url.searchParams ?? [])).toEqual({
      user: 'operator',
      outcome: 'success',
      from: '2026-11-22T00:00:00.000Z',
      page: '1',
      pageSize: '20',
    });
    const rows = within(table).getAllByTestId('audit-row');
    expect(rows).toHaveLength(2);
    const live = await within(table).findByRole('link', { name: 'ngw-live' });
    expect(live.getAttribute('href')).toBe('/regions/cn-hangzhou/nat-gateways/ngw-live');
    expect(await within(rows[1] as HTMLElement).findByText('(deleted)')).toBeTruthy();
    expect(within(table).getByText('UP-REQ-LIVE')).toBeTruthy();
    expect(within(table).getByText('QuotaExceeded.NatGateway')).toBeTruthy();
    expect(within(table).getAllByRole('button', { name: 'Copy RequestId' })).toHaveLength(2);
    expect(screen.getByText('42 entries')).toBeTruthy();
    const csv = screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href') ?? '';
    expect(csv).toBe(
      '/api/audit/export?format=csv&user=operator&from=2026-11-22T00%3A00%3A00.000Z&outcome=success',
    );
    expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toContain(
      'format=json',
    );
  });

  it('opens the ClientToken and the redacted parameters in a drawer', async () => {
    fakeBff({ 'GET /api/audit': () => PAGE });
    renderWithApp(<AuditTrailPage />);
    await screen.findByRole('table', { name: 'Audit trail entries' });
    fireEvent.click(
      screen.getByRole('button', { name: 'Details: CreateNatGateway at 2026-11-22T08:00:00.000Z' }),
    );
    const drawer = await screen.findByRole('dialog', { name: 'Audit entry' });
    expect(within(drawer).getByText('ct-0123456789abcdef')).toBeTruthy();
    expect(within(drawer).getByTestId('audit-params').textContent).toContain('"psk": "[REDACTED]"');
  });

  it('puts a filter change in the URL and asks the BFF again from page 1', async () => {
    const { calls } = fakeBff({ 'GET /api/audit': () => ({ ...PAGE, items: [], total: 0 }) });
    const { router } = renderWithApp(<AuditTrailPage />, { path: '/?page=3' });
    await screen.findByText('No entry in the audit trail yet.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Outcome' }), {
      target: { value: 'failure' },
    });
    await screen.findByText('No entry matches these filters.');
    expect(router.state.location.search).toBe('?outcome=failure');
    expect(calls.at(-1)?.url.searchParams.get('outcome')).toBe('failure');
    expect(calls.at(-1)?.url.searchParams.get('page')).toBe('1');
  });
});
