import type {
  CreateFullNatEntryRequest,
  CreateNatIpCidrRequest,
  CreateNatIpRequest,
  FullNatEntry,
  NatIp,
  NatIpCidr,
  UpdateFullNatEntryRequest,
  UpdateVpcNatTextRequest,
} from '@gc/contracts';
import { paginateByToken } from '@gc/vpc-client';
import type { VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { FULLNAT_ERRORS, NAT_IP_ERRORS } from '../upstream-error-tables.ts';
import { foundOr404 } from './kit/not-found.ts';
import { fullNatFields, toCidr, toFullNat, toNatIp } from './vpc-nat.mappers.ts';

async function all<T>(fetch: (token?: string) => Promise<{ items: T[]; nextToken?: string }>) {
  const out: T[] = [];
  for await (const item of paginateByToken(fetch)) out.push(item);
  return out;
}

/** NAT CIDR blocks, NAT IPs and FULLNAT entries of one VPC NAT gateway (REFERENCE-2 §4.8, §4.9). */
export class VpcNatService {
  constructor(private readonly client: VpcClient) {}

  /** Every block of the gateway (all NextToken pages). */
  async listCidrs(regionId: string, natId: string): Promise<NatIpCidr[]> {
    const rows = await all(async (NextToken) => {
      const r = await this.client.listNatIpCidrs({
        RegionId: regionId,
        NatGatewayId: natId,
        MaxResults: '100',
        NextToken,
      });
      return { items: r.NatIpCidrs, nextToken: r.NextToken };
    });
    return rows.map(toCidr);
  }

  private async cidr(regionId: string, natId: string, cidrId: string): Promise<NatIpCidr> {
    const found = (await this.listCidrs(regionId, natId)).find((c) => c.id === cidrId);
    const code = 'InvalidNatIpCidr.NotFound';
    return foundOr404(found, { kind: 'NAT CIDR block', id: cidrId, regionId, code });
  }

  /** Adds a block and reads it back. */
  async createCidr(
    regionId: string,
    natId: string,
    input: CreateNatIpCidrRequest,
    clientToken: string,
  ): Promise<NatIpCidr> {
    const r = await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.createNatIpCidr({
        RegionId: regionId,
        NatGatewayId: natId,
        NatIpCidr: input.cidr,
        NatIpCidrName: input.name,
        NatIpCidrDescription: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    return this.cidr(regionId, natId, r.NatIpCidrId);
  }

  /** Renames a block: the API names it by its CIDR, the URL by its id. */
  async updateCidr(
    regionId: string,
    natId: string,
    cidrId: string,
    input: UpdateVpcNatTextRequest,
  ): Promise<void> {
    const { cidr } = await this.cidr(regionId, natId, cidrId);
    await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.modifyNatIpCidrAttribute({
        RegionId: regionId,
        NatGatewayId: natId,
        NatIpCidr: cidr,
        NatIpCidrName: input.name,
        NatIpCidrDescription: input.description,
      }),
    );
  }

  /** Deletes a block (the API refuses the default one and one with NAT IPs). */
  async removeCidr(regionId: string, natId: string, cidrId: string): Promise<void> {
    const { cidr } = await this.cidr(regionId, natId, cidrId);
    await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.deleteNatIpCidr({ RegionId: regionId, NatGatewayId: natId, NatIpCidr: cidr }),
    );
  }

  /** Every NAT IP of the gateway, or the ones with these ids. */
  async listIps(regionId: string, natId: string, ids?: string[]): Promise<NatIp[]> {
    const rows = await all(async (NextToken) => {
      const r = await this.client.listNatIps({
        RegionId: regionId,
        NatGatewayId: natId,
        NatIpIds: ids,
        MaxResults: '100',
        NextToken,
      });
      return { items: r.NatIps, nextToken: r.NextToken };
    });
    return rows.map(toNatIp);
  }

  private async natIp(regionId: string, natId: string, natIpId: string): Promise<NatIp> {
    const [found] = await this.listIps(regionId, natId, [natIpId]);
    const code = 'InvalidNatIpId.NotFound';
    return foundOr404(found, { kind: 'NAT IP', id: natIpId, regionId, code });
  }

  /** Adds a NAT IP (it comes back `Creating`). */
  async createIp(
    regionId: string,
    natId: string,
    input: CreateNatIpRequest,
    clientToken: string,
  ): Promise<NatIp> {
    const r = await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.createNatIp({
        RegionId: regionId,
        NatGatewayId: natId,
        NatIpCidr: input.cidr,
        NatIp: input.ip,
        NatIpName: input.name,
        NatIpDescription: input.description || undefined,
        ClientToken: clientToken,
      }),
    );
    return this.natIp(regionId, natId, r.NatIpId || r.NatIps[0]?.NatIpId || '');
  }

  /** Renames a NAT IP of this gateway (read first: the API takes any gateway's). */
  async updateIp(
    regionId: string,
    natId: string,
    natIpId: string,
    input: UpdateVpcNatTextRequest,
  ): Promise<void> {
    await this.natIp(regionId, natId, natIpId);
    await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.modifyNatIpAttribute({
        RegionId: regionId,
        NatIpId: natIpId,
        NatIpName: input.name,
        NatIpDescription: input.description,
      }),
    );
  }

  /** Deletes a NAT IP of this gateway (the API refuses one an entry uses). */
  async removeIp(regionId: string, natId: string, natIpId: string): Promise<void> {
    await this.natIp(regionId, natId, natIpId);
    await upstreamCall(NAT_IP_ERRORS, () =>
      this.client.deleteNatIp({ RegionId: regionId, NatGatewayId: natId, NatIpId: natIpId }),
    );
  }

  /** Every FULLNAT entry of the gateway, or the one with this id. */
  async listFullNat(regionId: string, natId: string, entryId?: string): Promise<FullNatEntry[]> {
    const rows = await all(async (NextToken) => {
      const r = await this.client.listFullNatEntries({
        RegionId: regionId,
        NatGatewayId: natId,
        FullNatEntryId: entryId,
        MaxResults: 100,
        NextToken,
      });
      return { items: r.FullNatEntries, nextToken: r.NextToken };
    });
    return rows.map(toFullNat);
  }

  private async fullNat(regionId: string, natId: string, entryId: string): Promise<FullNatEntry> {
    const [found] = await this.listFullNat(regionId, natId, entryId);
    const code = 'InvalidFullNatEntryId.NotFound';
    return foundOr404(found, { kind: 'FULLNAT entry', id: entryId, regionId, code });
  }

  /** The gateway's FULLNAT table (`fulltb-…`); a gateway without one has no FULLNAT entries. */
  private async tableOf(regionId: string, natId: string): Promise<string> {
    const r = await this.client.describeNatGateways({ RegionId: regionId, NatGatewayId: natId });
    const table = r.NatGateways.NatGateway[0]?.FullNatTableIds?.FullNatTableId[0];
    const code = 'InvalidFullNatTableId.NotFound';
    return foundOr404(table, { kind: 'FULLNAT table of', id: natId, regionId, code });
  }

  /** Adds a FULLNAT entry (it comes back `Pending`). */
  async createFullNat(
    regionId: string,
    natId: string,
    input: CreateFullNatEntryRequest,
    clientToken: string,
  ): Promise<FullNatEntry> {
    const table = await this.tableOf(regionId, natId);
    const r = await upstreamCall(FULLNAT_ERRORS, () =>
      this.client.createFullNatEntry({
        RegionId: regionId,
        FullNatTableId: table,
        ...fullNatFields(input),
        IpProtocol: input.ipProtocol,
        NatIp: input.natIp,
        AccessPort: input.accessPort,
        NetworkInterfaceId: input.networkInterfaceId,
        ClientToken: clientToken,
      }),
    );
    return this.fullNat(regionId, natId, r.FullNatEntryId);
  }

  /** Edits a FULLNAT entry of this gateway. */
  async updateFullNat(
    regionId: string,
    natId: string,
    entryId: string,
    input: UpdateFullNatEntryRequest,
  ): Promise<void> {
    const { fullNatTableId } = await this.fullNat(regionId, natId, entryId);
    await upstreamCall(FULLNAT_ERRORS, () =>
      this.client.modifyFullNatEntryAttribute({
        RegionId: regionId,
        FullNatTableId: fullNatTableId,
        FullNatEntryId: entryId,
        ...fullNatFields(input),
      }),
    );
  }

  /** Deletes a FULLNAT entry of this gateway. */
  async removeFullNat(regionId: string, natId: string, entryId: string): Promise<void> {
    const { fullNatTableId } = await this.fullNat(regionId, natId, entryId);
    await upstreamCall(FULLNAT_ERRORS, () =>
      this.client.deleteFullNatEntry({
        RegionId: regionId,
        FullNatTableId: fullNatTableId,
        FullNatEntryId: entryId,
      }),
    );
  }
}
