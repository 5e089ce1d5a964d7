import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

/** Recorded tag bodies (REFERENCE §3.6): `TagResources.TagResource[]` with TagKey/TagValue. */
export const tagFixtures: ActionFixture[] = [
  requestIdOnly('TagResources', '1A2B3C4D-8888-4192-BA31-A2B3C4D5E6F7'),
  {
    action: 'ListTagResources',
    name: 'two bindings and a next page',
    xml: `${XML_PROLOG}<ListTagResourcesResponse><RequestId>2B3C4D5E-9999-42A3-8B42-B3C4D5E6F708</RequestId><NextToken>FFmyTO70tTpLG6I3FmYAXGKPd****</NextToken><TagResources><TagResource><ResourceId>ngw-bp1uewa15k4iy5770****</ResourceId><ResourceType>NATGATEWAY</ResourceType><TagKey>env</TagKey><TagValue>prod</TagValue></TagResource><TagResource><ResourceId>ngw-bp1uewa15k4iy5770****</ResourceId><ResourceType>NATGATEWAY</ResourceType><TagKey>owner</TagKey><TagValue></TagValue></TagResource></TagResources></ListTagResourcesResponse>`,
    json: JSON.stringify({
      RequestId: '2B3C4D5E-9999-42A3-8B42-B3C4D5E6F708',
      NextToken: 'FFmyTO70tTpLG6I3FmYAXGKPd****',
      TagResources: {
        TagResource: [
          {
            ResourceId: 'ngw-bp1uewa15k4iy5770****',
            ResourceType: 'NATGATEWAY',
            TagKey: 'env',
            TagValue: 'prod',
          },
          {
            ResourceId: 'ngw-bp1uewa15k4iy5770****',
            ResourceType: 'NATGATEWAY',
            TagKey: 'owner',
            TagValue: '',
          },
        ],
      },
    }),
  },
  {
    action: 'ListTagResources',
    name: 'last page: empty NextToken and one binding',
    xml: `${XML_PROLOG}<ListTagResourcesResponse><RequestId>2B3C4D5E-9999-42A3-8B42-B3C4D5E6F709</RequestId><NextToken></NextToken><TagResources><TagResource><ResourceId>vpn-bp1q8bgx4xnkm2ogj****</ResourceId><ResourceType>VPNGATEWAY</ResourceType><TagKey>site</TagKey><TagValue>hq</TagValue></TagResource></TagResources></ListTagResourcesResponse>`,
    json: JSON.stringify({
      RequestId: '2B3C4D5E-9999-42A3-8B42-B3C4D5E6F709',
      NextToken: '',
      TagResources: {
        TagResource: [
          {
            ResourceId: 'vpn-bp1q8bgx4xnkm2ogj****',
            ResourceType: 'VPNGATEWAY',
            TagKey: 'site',
            TagValue: 'hq',
          },
        ],
      },
    }),
  },
  requestIdOnly('UnTagResources', '3C4D5E6F-AAAA-43B4-9C53-C4D5E6F70819'),
];
