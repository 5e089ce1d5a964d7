import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { connectionFixture, tunnelFixture } from '../testing/vpn.fixture';
import { ConnectionLogsSection } from './connection-logs-section';

const C = '/api/regions/cn-hangzhou/vpn-connections/vco-test1';
const line = (n: number) => `2026-12-05 21:4${n}:00 vco-test1 tun-a [IKE]: line ${n}`;

afterEach(() => vi.unstubAllGlobals());

function serve(lines: (tunnelId: string | null) => string[], complete = true) {
  return fakeBff({
    [`GET ${C}`]: () => ({
      ...connectionFixture(),
      tunnelMode: 'dual',
      tunnels: [
        tunnelFixture({ id: 'tun-a', role: 'master' }),
        tunnelFixture({ id: 'tun-b', role: 'slave' }),
      ],
    }),
    [`GET ${C}/logs`]: (_init, url) => ({
      vpnConnectionId: 'vco-test1',
      from: Number(url.searchParams.get('from')),
      to: Number(url.searchParams.get('to')),
      lines: lines(url.searchParams.get('tunnelId')),
      complete,
    }),
  });
}

const logCalls = (bff: ReturnType<typeof fakeBff>) =>
  bff.calls.filter((c) => c.url.pathname.endsWith('/logs'));

describe('ConnectionLogsSection', () => {
  it('reads the last hour in seconds, then the chosen range, and refreshes', async () => {
    const bff = serve(() => [line(1), line(2)]);
    renderWithApp(<ConnectionLogsSection regionId="cn-hangzhou" vpnConnectionId="vco-test1" />, {
      session: AUDITOR,
    });
    const log = await screen.findByRole('log', { name: 'Log lines' });
    expect(log.textContent).toBe(`${line(1)}\n${line(2)}`);
    const windowOf = (i: number) => {
      const q = logCalls(bff)[i]?.url.searchParams;
      return Number(q?.get('to')) - Number(q?.get('from'));
    };
    expect(windowOf(0)).toBe(3600);
    expect(Number(logCalls(bff)[0]?.url.searchParams.get('to'))).toBeLessThan(1e11);
    fireEvent.click(screen.getByText('Last 24 h'));
    await waitFor(() => expect(windowOf(1)).toBe(86_400));
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    await waitFor(() => expect(refresh.hasAttribute('data-loading')).toBe(false));
    const before = logCalls(bff).length;
    fireEvent.click(refresh);
    await waitFor(() => expect(logCalls(bff).length).toBe(before + 1));
  });

  it('filters one tunnel of a dual-tunnel connection', async () => {
    const bff = serve((tunnelId) => (tunnelId === 'tun-b' ? [] : [line(1)]));
    renderWithApp(<ConnectionLogsSection regionId="cn-hangzhou" vpnConnectionId="vco-test1" />);
    expect(await screen.findByRole('option', { name: 'Standby tunnel (tun-b)' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tunnel' }), {
      target: { value: 'tun-b' },
    });
    expect(await screen.findByText('No log lines in this time range.')).toBeTruthy();
    expect(logCalls(bff).at(-1)?.url.searchParams.get('tunnelId')).toBe('tun-b');
  });

  it('has no tunnel filter for a single-tunnel connection and says when lines were cut', async () => {
    fakeBff({
      [`GET ${C}`]: () => connectionFixture(),
      [`GET ${C}/logs`]: () => ({
        vpnConnectionId: 'vco-test1',
        from: 0,
        to: 1,
        lines: [line(1)],
        complete: false,
      }),
    });
    renderWithApp(<ConnectionLogsSection regionId="cn-hangzhou" vpnConnectionId="vco-test1" />);
    expect(await screen.findByText('More lines than shown: choose a shorter range.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Tunnel' })).toBeNull();
  });
});
