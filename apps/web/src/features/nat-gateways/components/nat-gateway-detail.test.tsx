import '../../../testing/setup';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { dnatFixture, eipFixture, snatFixture } from '../testing/nat-entries.fixture';
import { natGatewayFixture } from '../testing/nat-gateway.fixture';
import { NatGatewayDetail } from './nat-gateway-detail';

const GW = '/api/regions/cn-hangzhou/nat-gateways/ngw-test1';
const eip = eipFixture;
const snat = snatFixture;
const dnat = dnatFixture;

const MUTATING = [
  'Rename',
  'Delete',
  'Bind EIP',
  'Unbind EIP 47.96.1.1',
  'Add SNAT entry',
  'Delete SNAT entry snat-1',
  'Add DNAT entry',
  'Delete DNAT entry fwd-1',
  'Edit tags',
];

function renderDetail(session: typeof OPERATOR) {
  fakeBff({
    [`GET ${GW}`]: () => natGatewayFixture(),
    [`GET ${GW}/eips`]: () => ({ items: [eip] }),
    [`GET ${GW}/snat-entries`]: () => ({ items: [snat] }),
    [`GET ${GW}/dnat-entries`]: () => ({ items: [dnat] }),
  });
  return renderWithApp(<NatGatewayDetail regionId="cn-hangzhou" id="ngw-test1" />, { session });
}

afterEach(() => vi.unstubAllGlobals());

describe('NatGatewayDetail', () => {
  it('gives operators every mutating control', async () => {
    renderDetail(OPERATOR);
    await screen.findByRole('table', { name: 'DNAT entries' });
    await screen.findByRole('table', { name: 'SNAT entries' });
    await screen.findByRole('table', { name: 'Bound EIPs' });
    for (const name of MUTATING) {
      expect(screen.getByRole('button', { name }), name).toBeTruthy();
    }
  });

  it('shows auditors the same data with no mutating control at all', async () => {
    renderDetail(AUDITOR);
    await screen.findByRole('table', { name: 'DNAT entries' });
    await screen.findByRole('table', { name: 'SNAT entries' });
    await screen.findByRole('table', { name: 'Bound EIPs' });
    expect(screen.getByRole('heading', { level: 1, name: /prod-egress/ })).toBeTruthy();
    expect(screen.getByText('192.168.0.0/24')).toBeTruthy();
    for (const name of MUTATING) {
      expect(screen.queryByRole('button', { name }), name).toBeNull();
    }
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });
});
