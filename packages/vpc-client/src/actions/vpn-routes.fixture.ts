import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const dbr = {
  RouteDest: '10.0.0.0/24',
  NextHop: 'vco-p0w2jpkhi2eeop6q6****',
  Weight: 100,
  State: 'published',
  CreateTime: 1586508230000,
  VpnInstanceId: 'vpn-p0w9alkte4w2vbkoz****',
  NextHopTunnelId: 'tun-opsqc4d97wni27****',
  RouteEntryType: 'custom',
  Source: 'CLOUD',
  AsPath: '',
  Community: '',
};
const dbrXml = `<RouteDest>10.0.0.0/24</RouteDest><NextHop>vco-p0w2jpkhi2eeop6q6****</NextHop><Weight>100</Weight><State>published</State><CreateTime>1586508230000</CreateTime><VpnInstanceId>vpn-p0w9alkte4w2vbkoz****</VpnInstanceId><NextHopTunnelId>tun-opsqc4d97wni27****</NextHopTunnelId><RouteEntryType>custom</RouteEntryType><Source>CLOUD</Source><AsPath></AsPath><Community></Community>`;
const pbr = {
  RouteSource: '192.168.1.0/24',
  RouteDest: '10.0.0.0/24',
  NextHop: 'vco-p0w2jpkhi2eeop6q6****',
  Weight: 0,
  Priority: 10,
  State: 'normal',
  CreateTime: 1586508230000,
  VpnInstanceId: 'vpn-p0w9alkte4w2vbkoz****',
};
const pbrXml = `<RouteSource>192.168.1.0/24</RouteSource><RouteDest>10.0.0.0/24</RouteDest><NextHop>vco-p0w2jpkhi2eeop6q6****</NextHop><Weight>0</Weight><Priority>10</Priority><State>normal</State><CreateTime>1586508230000</CreateTime><VpnInstanceId>vpn-p0w9alkte4w2vbkoz****</VpnInstanceId>`;
const page = `<TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize>`;
const created = `<RouteDest>10.0.0.0/24</RouteDest><NextHop>vco-p0w2jpkhi2eeop6q6****</NextHop><Weight>100</Weight><State>normal</State><CreateTime>1586508230000</CreateTime><VpnInstanceId>vpn-p0w9alkte4w2vbkoz****</VpnInstanceId><Description>idc</Description><OverlayMode>Ipsec</OverlayMode>`;
const createdJson = {
  RouteDest: '10.0.0.0/24',
  NextHop: 'vco-p0w2jpkhi2eeop6q6****',
  Weight: 100,
  State: 'normal',
  CreateTime: 1586508230000,
  VpnInstanceId: 'vpn-p0w9alkte4w2vbkoz****',
  Description: 'idc',
  OverlayMode: 'Ipsec',
};

/** Recorded VPN route bodies (REFERENCE-2 §2; SDK 7.3.2 response models). */
export const vpnRouteFixtures: ActionFixture[] = [
  {
    action: 'CreateVpnRouteEntry',
    name: 'the route as requested (VpnInstanceId = gateway)',
    xml: `${XML_PROLOG}<CreateVpnRouteEntryResponse><RequestId>1A2B3C4D-0001-4A5B-8C6D-7E8F9A0B1C2D</RequestId>${created}</CreateVpnRouteEntryResponse>`,
    json: JSON.stringify({ RequestId: '1A2B3C4D-0001-4A5B-8C6D-7E8F9A0B1C2D', ...createdJson }),
  },
  {
    action: 'DescribeVpnRouteEntries',
    name: 'a dual-tunnel gateway: route with tunnel, and route counts',
    xml: `${XML_PROLOG}<DescribeVpnRouteEntriesResponse><RequestId>1A2B3C4D-0002-4A5B-8C6D-7E8F9A0B1C2D</RequestId>${page}<VpnRouteEntries><VpnRouteEntry>${dbrXml}</VpnRouteEntry></VpnRouteEntries><VpnRouteCounts><VpnRouteCount><RouteCount>1</RouteCount><RouteEntryType>custom</RouteEntryType><Source>CLOUD</Source></VpnRouteCount></VpnRouteCounts></DescribeVpnRouteEntriesResponse>`,
    json: JSON.stringify({
      RequestId: '1A2B3C4D-0002-4A5B-8C6D-7E8F9A0B1C2D',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      VpnRouteEntries: { VpnRouteEntry: [dbr] },
      VpnRouteCounts: {
        VpnRouteCount: [{ RouteCount: 1, RouteEntryType: 'custom', Source: 'CLOUD' }],
      },
    }),
  },
  {
    action: 'CreateVpnPbrRouteEntry',
    name: 'the policy route as requested',
    xml: `${XML_PROLOG}<CreateVpnPbrRouteEntryResponse><RequestId>1A2B3C4D-0003-4A5B-8C6D-7E8F9A0B1C2D</RequestId>${created}<RouteSource>192.168.1.0/24</RouteSource><Priority>10</Priority></CreateVpnPbrRouteEntryResponse>`,
    json: JSON.stringify({
      RequestId: '1A2B3C4D-0003-4A5B-8C6D-7E8F9A0B1C2D',
      ...createdJson,
      RouteSource: '192.168.1.0/24',
      Priority: 10,
    }),
  },
  {
    action: 'DescribeVpnPbrRouteEntries',
    name: 'one standby policy route',
    xml: `${XML_PROLOG}<DescribeVpnPbrRouteEntriesResponse><RequestId>1A2B3C4D-0004-4A5B-8C6D-7E8F9A0B1C2D</RequestId>${page}<VpnPbrRouteEntries><VpnPbrRouteEntry>${pbrXml}</VpnPbrRouteEntry></VpnPbrRouteEntries></DescribeVpnPbrRouteEntriesResponse>`,
    json: JSON.stringify({
      RequestId: '1A2B3C4D-0004-4A5B-8C6D-7E8F9A0B1C2D',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      VpnPbrRouteEntries: { VpnPbrRouteEntry: [pbr] },
    }),
  },
  requestIdOnly('DeleteVpnRouteEntry', '1A2B3C4D-0005-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('PublishVpnRouteEntry', '1A2B3C4D-0006-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('ModifyVpnRouteEntryWeight', '1A2B3C4D-0007-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('DeleteVpnPbrRouteEntry', '1A2B3C4D-0008-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('ModifyVpnPbrRouteEntryAttribute', '1A2B3C4D-0009-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('ModifyVpnPbrRouteEntryPriority', '1A2B3C4D-000A-4A5B-8C6D-7E8F9A0B1C2D'),
  requestIdOnly('ModifyVpnPbrRouteEntryWeight', '1A2B3C4D-000B-4A5B-8C6D-7E8F9A0B1C2D'),
];
