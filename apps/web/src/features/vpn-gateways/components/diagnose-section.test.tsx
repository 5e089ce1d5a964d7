import '../../../testing/setup';
import type { Diagnosis } from '@gc/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { connectionFixture, vpnGatewayFixture } from '../testing/vpn.fixture';
import { DiagnoseSection } from './diagnose-section';

const G = '/api/regions/cn-hangzhou/vpn-gateways/vpn-test1';
const finished: Diagnosis = {
  diagnoseId: 'vpndgn-test1',
  vpnGatewayId: 'vpn-test1',
  vpnConnectionId: 'vco-test1',
  beginTime: '2026-12-05T21:40:00Z',
  finishTime: '2026-12-05T21:40:03Z',
  finished: true,
  finishedCount: 2,
  totalCount: 2,
  checks: [
    { name: 'VpnIPsecQuota', level: 'normal', details: { quotaName: 'q', quantity: 10, used: 2 } },
    {
      name: 'VcoUserInternetIpConnectivity',
      level: 'error',
      details: { srcIp: '47.96.0.10', targetIp: '203.0.113.10', rtt: -1, lossRate: 100 },
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

const render = (session: typeof OPERATOR) =>
  renderWithApp(
    <DiagnoseSection gateway={vpnGatewayFixture()} connections={[connectionFixture()]} />,
    { session },
  );

describe('DiagnoseSection', () => {
  it('starts a diagnosis of the picked connection, polls it and shows each check', async () => {
    let polls = 0;
    const bff = fakeBff({
      [`GET ${G}/diagnose/latest`]: () => ({
        status: 404,
        body: { error: { code: 'InvalidDiagnoseId.NotFound', message: 'none' } },
      }),
      [`POST ${G}/diagnose`]: () => ({ diagnoseId: 'vpndgn-test1' }),
      [`GET ${G}/diagnose/vpndgn-test1`]: () =>
        (polls += 1) === 1
          ? { ...finished, finished: false, finishTime: undefined, finishedCount: 1, checks: [] }
          : finished,
    });
    render(OPERATOR);
    expect(await screen.findByText('No diagnosis yet.')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Diagnose IPsec connection to-office (vco-test1)' }),
    );
    expect(await screen.findByText(/1 of 2 checks done/)).toBeTruthy();
    const table = await screen.findByRole(
      'table',
      { name: 'Diagnosis results' },
      { timeout: 4000 },
    );
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('IPsec connection quota');
    expect(rows[1]?.textContent).toContain('2 / 10');
    expect(rows[2]?.textContent).toContain('Error');
    expect(rows[2]?.textContent).toContain('47.96.0.10 → 203.0.113.10: 100% loss');
    expect(rows[2]?.textContent).toContain('UDP 500/4500');
    const post = bff.calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ vpnConnectionId: 'vco-test1' });
  });

  it('shows auditors the latest report and no way to start one', async () => {
    fakeBff({ [`GET ${G}/diagnose/latest`]: () => finished });
    render(AUDITOR);
    expect(await screen.findByRole('table', { name: 'Diagnosis results' })).toBeTruthy();
    expect(screen.getByText('Operators start diagnoses; you see the latest one.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Diagnose/ })).toBeNull();
  });
});
