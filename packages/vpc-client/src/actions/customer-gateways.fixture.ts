import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const cgw = {
  CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
  Name: 'hq-router',
  Description: '',
  IpAddress: '203.0.113.10',
  Asn: 65001,
  AuthKey: '',
  CreateTime: 1767960100000,
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
  Tags: { Tag: [] },
};

const cgwXml = `<CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><Name>hq-router</Name><Description></Description><IpAddress>203.0.113.10</IpAddress><Asn>65001</Asn><AuthKey/><CreateTime>1767960100000</CreateTime><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId><Tags/>`;

/** Recorded customer gateway bodies (REFERENCE §3.4): `Asn` is an int in responses. */
export const customerGatewayFixtures: ActionFixture[] = [
  {
    action: 'CreateCustomerGateway',
    name: 'new customer gateway',
    xml: `${XML_PROLOG}<CreateCustomerGatewayResponse><RequestId>091A2B3C-7777-4081-9F80-91A2B3C4D5E6</RequestId><CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><Name>hq-router</Name><Description></Description><IpAddress>203.0.113.10</IpAddress><CreateTime>1767960100000</CreateTime></CreateCustomerGatewayResponse>`,
    json: JSON.stringify({
      RequestId: '091A2B3C-7777-4081-9F80-91A2B3C4D5E6',
      CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
      Name: 'hq-router',
      Description: '',
      IpAddress: '203.0.113.10',
      CreateTime: 1767960100000,
    }),
  },
  {
    action: 'DescribeCustomerGateways',
    name: 'one customer gateway',
    xml: `${XML_PROLOG}<DescribeCustomerGatewaysResponse><RequestId>1A2B3C4D-8888-4192-8A91-A2B3C4D5E6F7</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><CustomerGateways><CustomerGateway>${cgwXml}</CustomerGateway></CustomerGateways></DescribeCustomerGatewaysResponse>`,
    json: JSON.stringify({
      RequestId: '1A2B3C4D-8888-4192-8A91-A2B3C4D5E6F7',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      CustomerGateways: { CustomerGateway: [cgw] },
    }),
  },
  {
    action: 'DescribeCustomerGateway',
    name: 'flat body',
    xml: `${XML_PROLOG}<DescribeCustomerGatewayResponse><RequestId>2B3C4D5E-9999-42A3-9BA2-B3C4D5E6F708</RequestId>${cgwXml}</DescribeCustomerGatewayResponse>`,
    json: JSON.stringify({ RequestId: '2B3C4D5E-9999-42A3-9BA2-B3C4D5E6F708', ...cgw }),
  },
  requestIdOnly('DeleteCustomerGateway', '3C4D5E6F-AAAA-43B4-8CB3-C4D5E6F70819'),
  {
    action: 'ModifyCustomerGatewayAttribute',
    name: 'renamed, no Asn or AuthKey in the answer (REFERENCE-2 §1.11)',
    xml: `${XML_PROLOG}<ModifyCustomerGatewayAttributeResponse><RequestId>3C4D5E6F-AAAA-42A3-9BA2-B3C4D5E6F709</RequestId><CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><Name>hq-router-2</Name><Description>core</Description><IpAddress>203.0.113.10</IpAddress><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId><CreateTime>1767960100000</CreateTime></ModifyCustomerGatewayAttributeResponse>`,
    json: JSON.stringify({
      RequestId: '3C4D5E6F-AAAA-42A3-9BA2-B3C4D5E6F709',
      CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
      Name: 'hq-router-2',
      Description: 'core',
      IpAddress: '203.0.113.10',
      ResourceGroupId: 'rg-acfmxazb4ph6aiy',
      CreateTime: 1767960100000,
    }),
  },
];
