import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const zone = (id: string, name: string) => `<ZoneId>${id}</ZoneId><ZoneName>${name}</ZoneName>`;

/** Bodies of the dual-tunnel zone and enhanced-gateway actions (REFERENCE-2 §1.3–§1.4). */
export const enhancedVpnGatewayFixtures: ActionFixture[] = [
  {
    action: 'DescribeVpnGatewayAvailableZones',
    name: 'bare array of two zones',
    xml: `${XML_PROLOG}<DescribeVpnGatewayAvailableZonesResponse><RequestId>0A1B2C3D-7777-4A1B-8C2D-3E4F5A6B7C8D</RequestId><RegionId>cn-hangzhou</RegionId><AvailableZoneIdList>${zone('cn-hangzhou-h', 'Hangzhou Zone H')}</AvailableZoneIdList><AvailableZoneIdList>${zone('cn-hangzhou-i', 'Hangzhou Zone I')}</AvailableZoneIdList></DescribeVpnGatewayAvailableZonesResponse>`,
    json: JSON.stringify({
      RequestId: '0A1B2C3D-7777-4A1B-8C2D-3E4F5A6B7C8D',
      RegionId: 'cn-hangzhou',
      AvailableZoneIdList: [
        { ZoneId: 'cn-hangzhou-h', ZoneName: 'Hangzhou Zone H' },
        { ZoneId: 'cn-hangzhou-i', ZoneName: 'Hangzhou Zone I' },
      ],
    }),
  },
  {
    action: 'DescribeVpnGatewayAvailableZones',
    name: 'one zone, a single XML element',
    xml: `${XML_PROLOG}<DescribeVpnGatewayAvailableZonesResponse><RequestId>0A1B2C3D-7778-4A1B-8C2D-3E4F5A6B7C8D</RequestId><RegionId>ap-northeast-2</RegionId><AvailableZoneIdList>${zone('ap-northeast-2-a', 'Seoul Zone A')}</AvailableZoneIdList></DescribeVpnGatewayAvailableZonesResponse>`,
    json: JSON.stringify({
      RequestId: '0A1B2C3D-7778-4A1B-8C2D-3E4F5A6B7C8D',
      RegionId: 'ap-northeast-2',
      AvailableZoneIdList: [{ ZoneId: 'ap-northeast-2-a', ZoneName: 'Seoul Zone A' }],
    }),
  },
  {
    action: 'CreateEnhancedVpnGateway',
    name: 'new gateway, no order',
    xml: `${XML_PROLOG}<CreateEnhancedVpnGatewayResponse><RequestId>1B2C3D4E-8888-4B2C-9D3E-4F5A6B7C8D9E</RequestId><VpnGatewayId>vpn-bp1enh0gx4xnkm2o****</VpnGatewayId><Name>s2s</Name></CreateEnhancedVpnGatewayResponse>`,
    json: JSON.stringify({
      RequestId: '1B2C3D4E-8888-4B2C-9D3E-4F5A6B7C8D9E',
      VpnGatewayId: 'vpn-bp1enh0gx4xnkm2o****',
      Name: 's2s',
    }),
  },
  {
    action: 'UpdateEnhancedVpnGateway',
    name: 'the attributes while updating',
    xml: `${XML_PROLOG}<UpdateEnhancedVpnGatewayResponse><RequestId>2C3D4E5F-9999-4C3D-8E4F-5A6B7C8D9E0F</RequestId><VpnGatewayId>vpn-bp1enh0gx4xnkm2o****</VpnGatewayId><Name>s2s-2</Name><Description>edge</Description><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><VSwitchId>vsw-bp1a****</VSwitchId><DisasterRecoveryVSwitchId>vsw-bp1b****</DisasterRecoveryVSwitchId><GatewayType>Enhanced.SiteToSite</GatewayType><NetworkType>public</NetworkType><VpnType>Normal</VpnType><Status>updating</Status><AutoPropagate>true</AutoPropagate><EnableBgp>false</EnableBgp><CreateTime>1767960000000</CreateTime><ResourceGroupId>rg-1</ResourceGroupId><EniInstanceIds/><Tag>{&quot;VpnEnableBgp&quot;:true}</Tag><Tags/></UpdateEnhancedVpnGatewayResponse>`,
    json: JSON.stringify({
      RequestId: '2C3D4E5F-9999-4C3D-8E4F-5A6B7C8D9E0F',
      VpnGatewayId: 'vpn-bp1enh0gx4xnkm2o****',
      Name: 's2s-2',
      Description: 'edge',
      VpcId: 'vpc-bp1qpo0kug3a20qqe****',
      VSwitchId: 'vsw-bp1a****',
      DisasterRecoveryVSwitchId: 'vsw-bp1b****',
      GatewayType: 'Enhanced.SiteToSite',
      NetworkType: 'public',
      VpnType: 'Normal',
      Status: 'updating',
      AutoPropagate: true,
      EnableBgp: false,
      CreateTime: 1767960000000,
      ResourceGroupId: 'rg-1',
      EniInstanceIds: { EniInstanceId: [] },
      Tag: '{"VpnEnableBgp":true}',
      Tags: { Tag: [] },
    }),
  },
  requestIdOnly('DeleteEnhancedVpnGateway', '3D4E5F60-AAAA-4D4E-9F50-6B7C8D9E0F1A'),
];
