import RPCClient from '@alicloud/pop-core';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as vpcSdk from '@alicloud/vpc20160428';
import { DEMO_ACCESS_KEY } from '../src/index.ts';

/** The official SDK client class (a CJS default export seen from ESM). */
const VpcClass = ((vpcSdk as unknown as { default: { default?: unknown } }).default.default ??
  (vpcSdk as unknown as { default: unknown }).default) as typeof vpcSdk.default;

/** Models of @alicloud/vpc20160428 (request classes). */
export const models = vpcSdk;

/** `@alicloud/vpc20160428` pointed at the emulator: ACS3 by default, or signature 1.0 with 'v2'. */
export function officialVpcClient(
  url: string,
  o: { signatureAlgorithm?: 'v2'; accessKeySecret?: string } = {},
): vpcSdk.default {
  const config = new $OpenApiUtil.Config({
    accessKeyId: DEMO_ACCESS_KEY.accessKeyId,
    accessKeySecret: o.accessKeySecret ?? DEMO_ACCESS_KEY.accessKeySecret,
    endpoint: new URL(url).host,
    protocol: 'http',
    regionId: 'cn-hangzhou',
    ...(o.signatureAlgorithm ? { signatureAlgorithm: o.signatureAlgorithm } : {}),
  });
  return new VpcClass(config);
}

/** `@alicloud/pop-core` (signature 1.0, JSON) pointed at the emulator. */
export function popCoreClient(url: string): RPCClient {
  return new RPCClient({
    accessKeyId: DEMO_ACCESS_KEY.accessKeyId,
    accessKeySecret: DEMO_ACCESS_KEY.accessKeySecret,
    endpoint: url,
    apiVersion: '2016-04-28',
  });
}
