import type { Region, VSwitch, Vpc } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { collectPages } from './collect.ts';
import { toVSwitch, toVpc } from './lookup.mappers.ts';

/** Regions, VPCs and vSwitches: the pickers of the console. */
export class RegionService {
  constructor(private readonly client: VpcClient) {}

  /** Every region with its English `name` and Chinese `localName` (two cached DescribeRegions). */
  async regions(): Promise<Region[]> {
    const [en, zh] = await Promise.all([
      this.client.describeRegions({ AcceptLanguage: 'en-US' }),
      this.client.describeRegions({ AcceptLanguage: 'zh-CN' }),
    ]);
    const chinese = new Map(zh.Regions.Region.map((r) => [r.RegionId, r.LocalName ?? '']));
    return en.Regions.Region.map((r) => ({
      id: r.RegionId,
      name: r.LocalName || r.RegionId,
      localName: chinese.get(r.RegionId) || undefined,
    }));
  }

  /** Every VPC of a region (all pages). */
  async vpcs(regionId: string): Promise<Vpc[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVpcs({ RegionId: regionId, ...page });
      return { items: r.Vpcs.Vpc, totalCount: r.TotalCount };
    });
    return items.map(toVpc);
  }

  /** Every vSwitch of a VPC (all pages). */
  async vSwitches(regionId: string, vpcId: string): Promise<VSwitch[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeVSwitches({ RegionId: regionId, VpcId: vpcId, ...page });
      return { items: r.VSwitches.VSwitch, totalCount: r.TotalCount };
    });
    return items.map(toVSwitch);
  }
}
