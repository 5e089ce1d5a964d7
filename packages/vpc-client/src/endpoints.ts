import type { Interceptor } from './interceptors.ts';

/**
 * The public regions the official SDK (`@alicloud/vpc20160428`, its `_endpointMap`) sends to a
 * host other than `vpc.<regionId>.aliyuncs.com`. Its internal and test regions are left out.
 */
export const SDK_ENDPOINT_HOSTS: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'vpc.aliyuncs.com',
  'cn-hangzhou-finance': 'vpc.aliyuncs.com',
  'cn-shanghai-finance-1': 'vpc.aliyuncs.com',
  'cn-shenzhen-finance-1': 'vpc.aliyuncs.com',
  'cn-north-2-gov-1': 'vpc.aliyuncs.com',
  'cn-beijing-gov-1': 'vpc.aliyuncs.com',
  'cn-fujian': 'vpc.aliyuncs.com',
  'cn-wuhan': 'vpc.aliyuncs.com',
  'cn-yushanfang': 'vpc.aliyuncs.com',
  'cn-zhangbei': 'vpc.aliyuncs.com',
  'cn-edge-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-qingdao-nebula': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-huhehaote-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-zhengzhou-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'rus-west-1-pop': 'vpc.aliyuncs.com',
};

/** The host the official SDK uses for a region: its map, else `vpc.<regionId>.aliyuncs.com`. */
export function sdkEndpointHost(regionId: string): string {
  return SDK_ENDPOINT_HOSTS[regionId] ?? `vpc.${regionId}.aliyuncs.com`;
}

// A call without RegionId (none of ours, but `call()` allows it) goes where the SDK's default does.
const DEFAULT_REGION = 'cn-hangzhou';
// An endpoint learned from an answer must stay an Alibaba Cloud host: signed requests never go
// anywhere else because of what a response said.
const ALIBABA_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.aliyuncs\.com$/;

/** Where {@link regionalEndpoints} sends each region's calls. */
export interface RegionalEndpointOptions {
  /** One endpoint for every region (`VPC_ENDPOINT`, e.g. the emulator); per-region overrides still win. */
  fixed?: string;
  /** Per-region endpoints (`VPC_ENDPOINT_<REGION>`), URLs; they win over everything else. */
  overrides?: Readonly<Record<string, string>>;
}

/** The endpoint resolver of one client (and the clients `withInterceptors` derives from it). */
export interface RegionalEndpoints {
  /** The endpoint URL for a region's calls, by the precedence in the package README. */
  resolve(regionId: string | undefined): string;
  /** Sets `options.endpoint` per call; learns `RegionEndpoint` from DescribeRegions answers. */
  readonly interceptor: Interceptor;
}

/**
 * Resolves each call's endpoint from its `RegionId`: an override for the region, else the fixed
 * endpoint, else the `RegionEndpoint` DescribeRegions reported, else the official SDK's rule.
 */
export function regionalEndpoints(opts: RegionalEndpointOptions = {}): RegionalEndpoints {
  const learned = new Map<string, string>();
  const resolve = (regionId: string | undefined): string => {
    const region = regionId || DEFAULT_REGION;
    const override = opts.overrides?.[region];
    if (override) return override;
    if (opts.fixed) return opts.fixed;
    return `https://${learned.get(region) ?? sdkEndpointHost(region)}`;
  };
  const interceptor: Interceptor = async (ctx, next) => {
    if (ctx.options.endpoint !== undefined) return next(ctx);
    const regionId = typeof ctx.params.RegionId === 'string' ? ctx.params.RegionId : undefined;
    const result = await next({
      ...ctx,
      options: { ...ctx.options, endpoint: resolve(regionId) },
    });
    if (ctx.action === 'DescribeRegions') learnFrom(result, learned);
    return result;
  };
  return { resolve, interceptor };
}

function learnFrom(result: Record<string, unknown>, learned: Map<string, string>): void {
  const regions = (result.Regions as { Region?: unknown } | undefined)?.Region;
  if (!Array.isArray(regions)) return;
  for (const r of regions as { RegionId?: unknown; RegionEndpoint?: unknown }[]) {
    if (typeof r.RegionId !== 'string' || typeof r.RegionEndpoint !== 'string') continue;
    const host = r.RegionEndpoint.toLowerCase();
    if (ALIBABA_HOST.test(host)) learned.set(r.RegionId, host);
  }
}
