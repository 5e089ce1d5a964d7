import '../testing/setup';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n';
import { fakeBff } from '../testing/fake-bff';
import { renderWithApp } from '../testing/render';
// A conformance test of the kit: every kind's declared delete renders the kit's one layout.
import { DeleteIpv6GatewayModal } from '../features/ipv6-gateways/components/delete-ipv6-gateway-modal';
import {
  ipv6AddressFixture,
  ipv6GatewayFixture,
} from '../features/ipv6-gateways/testing/ipv6.fixture';
import { DeleteNatGatewayModal } from '../features/nat-gateways/components/delete-nat-gateway-modal';
import { natGatewayFixture } from '../features/nat-gateways/testing/nat-gateway.fixture';
import { DeleteVpnGatewayModal } from '../features/vpn-gateways/components/delete-vpn-gateway-modal';
import { connectionFixture, vpnGatewayFixture } from '../features/vpn-gateways/testing/vpn.fixture';

const R = '/api/regions/cn-hangzhou';
// The kit's order; a kind may leave a part out (IPv6 has no particulars), never reorder them.
const ORDER = ['confirm', 'particulars', 'plan', 'warning', 'failure', 'blocked', 'buttons'];
const close = () => undefined;
// Nothing depends on the NAT gateway: its Delete is not blocked, like the other two.
const nat = () => natGatewayFixture({ eips: [] });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const DIALOGS: { kind: string; name: string; ui: () => ReactElement }[] = [
  {
    kind: 'NAT gateway',
    name: nat().name,
    ui: () => <DeleteNatGatewayModal gateway={nat()} onClose={close} onDeleted={close} />,
  },
  {
    kind: 'IPv6 gateway',
    name: ipv6GatewayFixture().name,
    ui: () => (
      <DeleteIpv6GatewayModal gateway={ipv6GatewayFixture()} onClose={close} onDeleted={close} />
    ),
  },
  {
    kind: 'VPN gateway',
    name: vpnGatewayFixture().name,
    ui: () => (
      <DeleteVpnGatewayModal
        gateway={vpnGatewayFixture()}
        connections={[connectionFixture()]}
        onClose={close}
        onDeleted={close}
      />
    ),
  },
];

function fakeUpstream() {
  fakeBff({
    [`GET ${R}/nat-gateways/ngw-test1/snat-entries`]: () => ({ items: [] }),
    [`GET ${R}/nat-gateways/ngw-test1/dnat-entries`]: () => ({ items: [] }),
    [`GET ${R}/nat-gateways/ngw-test1/eips`]: () => ({ items: [] }),
    [`GET ${R}/ipv6-addresses`]: () => ({ items: [ipv6AddressFixture('ipv6-a1', 10)] }),
    [`GET ${R}/ssl-vpn-servers`]: () => ({ items: [] }),
    [`GET ${R}/ipsec-servers`]: () => ({ items: [] }),
  });
}

/** What the structure is made of: the title, the parts in order, the plan and the buttons. */
async function structureOf(ui: ReactElement) {
  fakeUpstream();
  renderWithApp(ui);
  const dialog = await screen.findByRole('dialog');
  const plan = await within(dialog).findByTestId('delete-plan');
  const parts = [...dialog.querySelectorAll('[data-part]')]
    .map((el) => el.getAttribute('data-part') ?? '')
    .filter((p) => p !== 'body');
  return {
    title: dialog.getAttribute('aria-labelledby')
      ? (document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '')
      : '',
    confirm: dialog.querySelector('[data-part="confirm"]')?.textContent ?? '',
    parts,
    summary: plan.previousElementSibling?.textContent ?? '',
    steps: within(plan).getAllByRole('listitem').length,
    buttons: within(dialog.querySelector('[data-part="buttons"]') as HTMLElement)
      .getAllByRole('button')
      .map((b) => b.textContent ?? ''),
  };
}

describe('the delete dialogs of NAT, IPv6 and VPN gateways (issue 18 item 11)', () => {
  it('share one layout and one wording', async () => {
    const seen = [];
    for (const d of DIALOGS) {
      const s = await structureOf(d.ui());
      expect(s.title, d.kind).toBe(`Delete ${d.kind}`);
      expect(s.confirm, d.kind).toBe(`Delete ${d.kind} ${d.name}? This cannot be undone.`);
      expect(s.summary, d.kind).toMatch(/^Plan: /);
      expect(s.buttons, d.kind).toEqual([
        'Cancel',
        s.steps > 1 ? `Delete (${s.steps} steps)` : 'Delete',
      ]);
      // In the kit's order, with the question, the plan and the buttons always there.
      expect(
        s.parts.map((p) => ORDER.indexOf(p)),
        d.kind,
      ).toEqual([...s.parts.map((p) => ORDER.indexOf(p))].sort((a, b) => a - b));
      expect(s.parts, d.kind).toEqual(expect.arrayContaining(['confirm', 'plan', 'buttons']));
      seen.push(s.parts.filter((p) => p !== 'particulars'));
      cleanup();
      vi.unstubAllGlobals();
    }
    // Once the kind's own particulars are set aside, the three are the same.
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  it('reads the same way in Chinese, spaced as Chinese sets Latin words', async () => {
    await changeLanguage('zh-CN');
    try {
      const s = await structureOf(DIALOGS[2]?.ui() as ReactElement);
      expect(s.title).toBe('删除 VPN 网关');
      expect(s.confirm).toBe('确定删除 VPN 网关 office-vpn 吗？此操作不可撤销。');
      expect(s.buttons).toEqual(['取消', '删除（共 2 步）']);
    } finally {
      await changeLanguage('en');
    }
  });
});
