import '../../../testing/setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { ClientCertsSection } from './client-certs-section';

const CERTS = '/api/regions/cn-hangzhou/ssl-vpn-servers/vss-s1/client-certs';
const cert = {
  id: 'vsc-c1',
  name: 'alice-laptop',
  regionId: 'cn-hangzhou',
  sslVpnServerId: 'vss-s1',
  status: 'expiring-soon',
  creationTime: '2026-01-01T00:00:00.000Z',
  endTime: '2029-01-01T00:00:00.000Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('ClientCertsSection', () => {
  it('shows status and validity; the delete dialog warns that every client drops', async () => {
    fakeBff({ [`GET ${CERTS}`]: () => ({ items: [cert] }) });
    renderWithApp(<ClientCertsSection regionId="cn-hangzhou" serverId="vss-s1" busy={false} />);
    const table = await screen.findByRole('table', { name: 'Client certificates' });
    expect(within(table).getByText('Expires within a week')).toBeTruthy();
    expect(within(table).getByText('2029-01-01')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Download the client configuration/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete certificate alice-laptop' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('disconnects every client of this server');
  });

  it('is read-only for auditors: no issue, download, rename or delete', async () => {
    fakeBff({ [`GET ${CERTS}`]: () => ({ items: [cert] }) });
    renderWithApp(<ClientCertsSection regionId="cn-hangzhou" serverId="vss-s1" busy={false} />, {
      session: AUDITOR,
    });
    await screen.findByRole('table', { name: 'Client certificates' });
    expect(screen.queryByRole('button', { name: 'Issue certificate' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Rename|Delete/ })).toBeNull();
  });
});
