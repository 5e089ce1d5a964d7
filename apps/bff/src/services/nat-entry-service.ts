import type {
  CreateDnatEntryRequest,
  CreateSnatEntryRequest,
  DnatEntry,
  SnatEntry,
  UpdateDnatEntryRequest,
  UpdateSnatEntryRequest,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { NotFoundError } from '../errors.ts';
import { collectPages } from './collect.ts';
import type { NatGatewayService } from './nat-gateway-service.ts';
import { toDnatEntry, toSnatEntry } from './nat-gateway.mappers.ts';

/** SNAT and DNAT entries of a NAT gateway; the table IDs come from the gateway itself. */
export class NatEntryService {
  constructor(
    private readonly client: VpcClient,
    private readonly gateways: NatGatewayService,
  ) {}

  private async table(regionId: string, id: string, kind: 'snat' | 'dnat'): Promise<string> {
    const g = await this.gateways.get(regionId, id);
    const table = kind === 'snat' ? g.snatTableIds[0] : g.forwardTableIds[0];
    if (table === undefined) {
      throw new NotFoundError(`NAT gateway ${id} has no ${kind.toUpperCase()} table.`);
    }
    return table;
  }

  /** Every SNAT entry of the gateway (404 when the gateway does not exist). */
  async listSnat(regionId: string, id: string, entryId?: string): Promise<SnatEntry[]> {
    const SnatTableId = await this.table(regionId, id, 'snat');
    const items = await collectPages(async (page) => {
      const r = await this.client.describeSnatTableEntries({
        RegionId: regionId,
        SnatTableId,
        SnatEntryId: entryId,
        ...page,
      });
      return { items: r.SnatTableEntries.SnatTableEntry, totalCount: r.TotalCount };
    });
    return items.map(toSnatEntry);
  }

  /** Adds an SNAT entry; `snatIps` become the API's comma-separated `SnatIp`. */
  async createSnat(
    regionId: string,
    id: string,
    input: CreateSnatEntryRequest,
    clientToken: string,
  ): Promise<SnatEntry> {
    const SnatTableId = await this.table(regionId, id, 'snat');
    const r = await this.client.createSnatEntry({
      RegionId: regionId,
      SnatTableId,
      SnatIp: input.snatIps.join(','),
      SourceCIDR: input.sourceCidr,
      SourceVSwitchId: input.sourceVSwitchId,
      SnatEntryName: input.name,
      ClientToken: clientToken,
    });
    const [entry] = await this.listSnat(regionId, id, r.SnatEntryId);
    return (
      entry ?? {
        id: r.SnatEntryId,
        name: input.name ?? '',
        snatTableId: SnatTableId,
        snatIp: input.snatIps.join(','),
        sourceCidr: input.sourceCidr,
        sourceVSwitchId: input.sourceVSwitchId,
        status: 'Pending',
      }
    );
  }

  /** Deletes one SNAT entry. */
  async deleteSnat(regionId: string, id: string, entryId: string): Promise<void> {
    const SnatTableId = await this.table(regionId, id, 'snat');
    await this.client.deleteSnatEntry({ RegionId: regionId, SnatTableId, SnatEntryId: entryId });
  }

  /** Every DNAT entry of the gateway. */
  async listDnat(regionId: string, id: string, entryId?: string): Promise<DnatEntry[]> {
    const ForwardTableId = await this.table(regionId, id, 'dnat');
    const items = await collectPages(async (page) => {
      const r = await this.client.describeForwardTableEntries({
        RegionId: regionId,
        ForwardTableId,
        ForwardEntryId: entryId,
        ...page,
      });
      return { items: r.ForwardTableEntries.ForwardTableEntry, totalCount: r.TotalCount };
    });
    return items.map(toDnatEntry);
  }

  /** Adds a DNAT (port forwarding) entry. */
  async createDnat(
    regionId: string,
    id: string,
    input: CreateDnatEntryRequest,
    clientToken: string,
  ): Promise<DnatEntry> {
    const ForwardTableId = await this.table(regionId, id, 'dnat');
    const r = await this.client.createForwardEntry({
      RegionId: regionId,
      ForwardTableId,
      ExternalIp: input.externalIp,
      ExternalPort: input.externalPort,
      InternalIp: input.internalIp,
      InternalPort: input.internalPort,
      IpProtocol: input.ipProtocol,
      ForwardEntryName: input.name,
      PortBreak: input.portBreak,
      ClientToken: clientToken,
    });
    const [entry] = await this.listDnat(regionId, id, r.ForwardEntryId);
    return (
      entry ?? {
        id: r.ForwardEntryId,
        name: input.name ?? '',
        forwardTableId: ForwardTableId,
        externalIp: input.externalIp,
        externalPort: input.externalPort,
        internalIp: input.internalIp,
        internalPort: input.internalPort,
        ipProtocol: input.ipProtocol,
        status: 'Pending',
      }
    );
  }

  /** Deletes one DNAT entry. */
  async deleteDnat(regionId: string, id: string, entryId: string): Promise<void> {
    const ForwardTableId = await this.table(regionId, id, 'dnat');
    await this.client.deleteForwardEntry({
      RegionId: regionId,
      ForwardTableId,
      ForwardEntryId: entryId,
    });
  }

  /** Edits an SNAT entry (ModifySnatEntry); answers it as listed afterwards (`Pending`). */
  async updateSnat(
    regionId: string,
    id: string,
    entryId: string,
    input: UpdateSnatEntryRequest,
  ): Promise<SnatEntry> {
    const SnatTableId = await this.table(regionId, id, 'snat');
    await this.client.modifySnatEntry({
      RegionId: regionId,
      SnatTableId,
      SnatEntryId: entryId,
      SnatEntryName: input.name,
      SnatIp: input.snatIps?.join(','),
    });
    return this.listed(await this.listSnat(regionId, id, entryId), entryId);
  }

  /** Edits a DNAT entry (ModifyForwardEntry); absent fields keep their values upstream. */
  async updateDnat(
    regionId: string,
    id: string,
    entryId: string,
    input: UpdateDnatEntryRequest,
  ): Promise<DnatEntry> {
    const ForwardTableId = await this.table(regionId, id, 'dnat');
    await this.client.modifyForwardEntry({
      RegionId: regionId,
      ForwardTableId,
      ForwardEntryId: entryId,
      ForwardEntryName: input.name,
      ExternalIp: input.externalIp,
      ExternalPort: input.externalPort,
      InternalIp: input.internalIp,
      InternalPort: input.internalPort,
      IpProtocol: input.ipProtocol,
      PortBreak: input.portBreak,
    });
    return this.listed(await this.listDnat(regionId, id, entryId), entryId);
  }

  // The API answered the edit, so the entry exists; a list without it is an upstream slip.
  private listed<E extends { id: string }>(items: E[], entryId: string): E {
    const entry = items.find((e) => e.id === entryId);
    if (entry === undefined)
      throw new NotFoundError(`Entry ${entryId} was not found after the edit.`);
    return entry;
  }
}
