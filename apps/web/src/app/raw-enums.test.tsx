import '../testing/setup';
import { describe, expect, it } from 'vitest';
import { AttributesGrid, type AttributeSpec } from '../components/ui/detail-page/attributes-grid';
import { DataTable, type Column } from '../components/ui/list-page/data-table';
import { IPV6_ATTRIBUTES } from '../features/ipv6-gateways/components/ipv6-gateway-attributes';
import { ipv6GatewayFixture } from '../features/ipv6-gateways/testing/ipv6.fixture';
import { NAT_ATTRIBUTES } from '../features/nat-gateways/components/nat-gateway-attributes';
import { useNatColumns } from '../features/nat-gateways/components/nat-gateway-columns';
import { natExtraAttributes } from '../features/nat-gateways/components/nat-extra-attributes';
import { natGatewayFixture } from '../features/nat-gateways/testing/nat-gateway.fixture';
import { VPN_ATTRIBUTES } from '../features/vpn-gateways/components/vpn-gateway-attributes';
import { useVpnColumns } from '../features/vpn-gateways/components/vpn-gateway-columns';
import { vpnGatewayFixture } from '../features/vpn-gateways/testing/vpn.fixture';
import { changeLanguage } from '../i18n';
import { ENUM_VALUES } from '../lib/enum-values';
import { renderWithApp } from '../testing/render';

// Every enum value the API sends, as whole words. "NAT" is also the product's name in Chinese labels
// ("NAT 类型"); in English many labels rightly equal their value ("Available"), so the check runs in
// Chinese, where a raw value is always a bug.
const RAW: ReadonlySet<string> = new Set<string>(
  Object.values(ENUM_VALUES)
    .flatMap((values) => [...values])
    .filter((v) => v !== 'NAT'),
);

function rawWords(root: HTMLElement): string[] {
  // Text node by text node: textContent glues neighbouring cells into one word.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = (node.textContent ?? '').split(/[\s·(),:：（）/]+/);
    found.push(...words.filter((word) => word !== '' && RAW.has(word)));
  }
  return found;
}

const NAT = natGatewayFixture({ spec: '', eipBindMode: 'MULTI_BINDED' });
const NAT_EXTRA = natExtraAttributes({
  id: NAT.id,
  deletionProtection: false,
  businessStatus: 'FinancialLocked',
  billing: { instanceChargeType: 'PostPaid', internetChargeType: 'PayByLcu', spec: '' },
  privateNetwork: {
    networkInterfaceId: 'eni-1',
    zoneId: NAT.zoneId,
    vSwitchId: NAT.vSwitchId,
    privateIpAddress: NAT.privateIpAddress,
  },
  accessMode: { modeValue: 'route', tunnelType: '' },
  privateLinkEnabled: false,
  snatEntryCount: 0,
  forwardEntryCount: 0,
  fullNatEntryCount: 0,
  ips: [],
  associatedNetworkInterfaces: [],
});
// The VPN page's vSwitch cells load names; the words under test are the enum ones.
const VPN_WORDS = VPN_ATTRIBUTES.filter((a) => !/vSwitch|VSwitch/i.test(a.label));

function Grid<T>({ resource, items }: { resource: T; items: AttributeSpec<T>[] }) {
  return <AttributesGrid resource={resource} items={items} />;
}

function Lists() {
  const nat = useNatColumns('cn-hangzhou');
  const vpn = useVpnColumns('cn-hangzhou');
  return (
    <>
      <DataTable
        label="nat"
        items={[NAT]}
        columns={nat as Column<typeof NAT>[]}
        rowKey={(g) => g.id}
      />
      <DataTable
        label="vpn"
        items={[vpnGatewayFixture({ tunnelMode: 'dual' })]}
        columns={vpn as Column<ReturnType<typeof vpnGatewayFixture>>[]}
        rowKey={(g) => g.id}
      />
    </>
  );
}

describe('no raw API enum on screen', () => {
  it('in Chinese, lists and attributes print labels', async () => {
    await changeLanguage('zh-CN');
    const { container } = renderWithApp(
      <>
        <Grid resource={NAT} items={[...NAT_ATTRIBUTES, ...NAT_EXTRA]} />
        <Grid resource={vpnGatewayFixture({ chargeType: 'POSTPAY' })} items={VPN_WORDS} />
        <Grid
          resource={ipv6GatewayFixture({
            instanceChargeType: 'PostPaid',
            businessStatus: 'Normal',
          })}
          items={IPV6_ATTRIBUTES}
        />
        <Lists />
      </>,
    );
    await new Promise((r) => setTimeout(r, 0));
    // The screens rendered (an error boundary would pass the word check vacuously).
    expect(container.textContent).toContain(NAT.privateIpAddress);
    expect(container.textContent).toContain('eni-1');
    expect(container.textContent).toContain('vpn-test1');
    expect(rawWords(container)).toEqual([]);
    await changeLanguage('en');
  });
});
