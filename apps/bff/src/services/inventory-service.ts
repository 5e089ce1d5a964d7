import pLimit from 'p-limit';
import type { Inventory, InventoryItem, InventoryQuery, InventoryRegion } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { InputError } from '../errors.ts';
import { mapUpstreamError } from '../upstream-error-map.ts';
import { DEFAULT_CHECK_RULES, type CheckRules } from './checks/check-settings.ts';
import { checksFor, summariseFindings } from './checks/run-checks.ts';
import { countInventory, filterInventory, sortInventory } from './inventory-filter.ts';
import { toCheckedResources, toInventoryItems } from './inventory-items.ts';
import {
  NO_HINTS,
  readRegion,
  type Limit,
  type RegionData,
  type RegionHints,
} from './inventory-region-reader.ts';

/** Default bound on upstream calls in flight for inventories (all requests together). */
export const INVENTORY_CONCURRENCY = 128;

/** Options of the inventory. */
export interface InventoryOptions {
  /** Who the export is stamped with (the AccessKey's owner where known, else a configured name). */
  account: string;
  concurrency?: number;
  secrets?: readonly string[];
  now?: () => Date;
  /** The rule set (`CHECKS_FILE`): checks on/off, severities, settings. */
  checkRules?: CheckRules;
}

interface Snapshot {
  generatedAt: Date;
  regions: RegionData[];
}

/**
 * The cross-region inventory: every NAT, VPN and IPv6 gateway of every region, read over the
 * cached client (identical reads coalesce) with at most `concurrency` upstream calls in flight.
 * Concurrent builds of the same scope share one read.
 */
export class InventoryService {
  private readonly limit: Limit;
  private readonly hints = new Map<string, RegionHints>();
  private knownRegions: string[] = [];
  private readonly inflight = new Map<string, Promise<Snapshot>>();
  private readonly now: () => Date;

  constructor(
    private readonly client: VpcClient,
    private readonly options: InventoryOptions,
  ) {
    const bounded = pLimit(Math.max(1, options.concurrency ?? INVENTORY_CONCURRENCY));
    this.limit = (fn) => bounded(fn);
    this.now = options.now ?? (() => new Date());
  }

  /** The account the inventory is stamped with. */
  get account(): string {
    return this.options.account;
  }

  /** The filtered inventory with counts and the check summary of the listed gateways. */
  async inventory(query: InventoryQuery): Promise<Inventory> {
    const snapshot = await this.snapshot(query.region);
    const now = snapshot.generatedAt;
    const rules = this.options.checkRules ?? DEFAULT_CHECK_RULES;
    const all: InventoryItem[] = snapshot.regions.flatMap((r) => toInventoryItems(r, now, rules));
    const items = sortInventory(filterInventory(all, query));
    // Customer gateways and EIPs follow the region and text filters; type, status and tag
    // filters name gateway properties, so they leave these out.
    const q = query.q?.toLowerCase();
    const resources =
      query.type || query.status || query.tag
        ? []
        : snapshot.regions
            .flatMap((r) => toCheckedResources(r, rules))
            .filter((r) => !q || `${r.id} ${r.name}`.toLowerCase().includes(q));
    const regions: InventoryRegion[] = snapshot.regions.map((r) => ({
      id: r.regionId,
      ok: r.error === undefined,
      itemCount: items.filter((i) => i.regionId === r.regionId).length,
      error: r.error,
    }));
    return {
      generatedAt: now.toISOString(),
      account: this.options.account,
      items,
      total: items.length,
      regions,
      counts: countInventory(items),
      summary: summariseFindings(items, checksFor(rules), resources),
      resources,
    };
  }

  private snapshot(region: string | undefined): Promise<Snapshot> {
    const key = region ?? '*';
    const running = this.inflight.get(key);
    if (running) return running;
    const started = this.read(region).finally(() => this.inflight.delete(key));
    this.inflight.set(key, started);
    return started;
  }

  private async read(only: string | undefined): Promise<Snapshot> {
    const generatedAt = this.now();
    const reads = new Map<string, Promise<RegionData>>();
    const start = (id: string) => {
      if (!reads.has(id)) reads.set(id, this.readOne(id));
    };
    const regionsP = this.limit(() => this.client.describeRegions({ AcceptLanguage: 'en-US' }));
    // Start the regions read last time while DescribeRegions answers: regions rarely change,
    // and a region that is gone is dropped below (its answers are simply not used).
    for (const id of this.knownRegions) if (!only || id === only) start(id);
    let regionIds: string[];
    try {
      regionIds = (await regionsP).Regions.Region.map((r) => r.RegionId);
    } catch (err) {
      await Promise.all(reads.values());
      throw mapUpstreamError(err, this.options.secrets ?? []);
    }
    if (only && !regionIds.includes(only)) {
      await Promise.all(reads.values());
      throw new InputError(`Unknown region: ${only}`, [
        { path: 'region', message: 'is not a region of this account' },
      ]);
    }
    const wanted = only ? [only] : regionIds;
    for (const id of wanted) start(id);
    const regions = await Promise.all(wanted.map((id) => reads.get(id) ?? this.readOne(id)));
    if (!only) this.knownRegions = regionIds;
    for (const r of regions) this.remember(r);
    return { generatedAt, regions };
  }

  private readOne(regionId: string): Promise<RegionData> {
    const hints = this.hints.get(regionId) ?? NO_HINTS;
    return readRegion(this.client, regionId, hints, this.limit, this.options.secrets ?? []);
  }

  private remember(r: RegionData): void {
    const old = this.hints.get(r.regionId) ?? NO_HINTS;
    // A failed list keeps the old hint rather than forgetting what the region holds.
    const found = [r.nat, r.vpn, r.ipv6].some((list) => (list?.length ?? 0) > 0);
    const failed = r.nat === null || r.vpn === null || r.ipv6 === null;
    this.hints.set(r.regionId, {
      occupied: found || (failed && old.occupied),
      natGatewayIds: r.nat?.map((g) => g.id) ?? old.natGatewayIds,
      hasVpn: r.vpn ? r.vpn.length > 0 : old.hasVpn,
      hasSslVpn: r.vpn ? r.vpn.some((g) => g.sslEnabled) : old.hasSslVpn,
      ipv6GatewayIds: r.ipv6?.map((g) => g.id) ?? old.ipv6GatewayIds,
    });
  }
}
