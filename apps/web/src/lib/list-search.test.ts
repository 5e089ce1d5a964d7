import {
  auditListQuerySchema,
  inventoryQuerySchema,
  ipv6GatewayListQuerySchema,
  natGatewayListQuerySchema,
} from '@gc/contracts';
import { describe, expect, it } from 'vitest';
import { changeListSearch, isFiltered, listSearchCodec, nextSort } from './list-search';
import { DEFAULT_PAGE_SIZE } from './page-sizes';

const nat = listSearchCodec(natGatewayListQuerySchema);
const parse = (qs: string) => nat.parse(new URLSearchParams(qs));

describe('list view in the URL, from the route query schema', () => {
  it('reads every filter, the page, the page size and the sort', () => {
    expect(parse('q=prod&status=Creating&vpcId=vpc-abc1&page=3&pageSize=50&sort=-name')).toEqual({
      q: 'prod',
      status: 'Creating',
      vpcId: 'vpc-abc1',
      page: 3,
      pageSize: 50,
      sort: '-name',
    });
  });

  it('falls back to defaults for bad values instead of failing', () => {
    expect(parse('status=Broken&vpcId=abc&page=-2&pageSize=7&sort=size')).toEqual({
      q: undefined,
      status: undefined,
      vpcId: undefined,
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
      sort: undefined,
    });
  });

  it('round-trips, leaving defaults out of the URL', () => {
    const qs = 'q=web&status=Available&sort=creationTime&page=2';
    expect(nat.serialize(parse(qs)).toString()).toBe(qs);
    expect(nat.serialize(parse('page=1&pageSize=20')).toString()).toBe('');
    const ipv6 = listSearchCodec(ipv6GatewayListQuerySchema);
    const full = 'q=prod&status=Available&vpcId=vpc-abc&sort=-name&page=2&pageSize=50';
    expect(ipv6.serialize(ipv6.parse(new URLSearchParams(full))).toString()).toBe(full);
    const bad = ipv6.parse(new URLSearchParams('status=Gone&vpcId=x&page=-1&pageSize=7'));
    expect(bad).toMatchObject({ status: undefined, vpcId: undefined, page: 1, pageSize: 20 });
    expect(ipv6.serialize(bad).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when the page does', () => {
    const search = parse('page=4&q=a');
    expect(changeListSearch(search, { status: 'Deleting' }).page).toBe(1);
    expect(changeListSearch(search, { page: 5 }).page).toBe(5);
  });

  it('cycles a column through ascending, descending and unsorted', () => {
    expect(nextSort(undefined, 'name')).toBe('name');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBeUndefined();
    expect(nextSort<'name' | 'status'>('-name', 'status')).toBe('status');
  });

  it('sends an empty search as no q at all', () => {
    expect(parse('q=%20%20').q).toBeUndefined();
    expect(nat.serialize({ ...parse(''), q: '  ' }).toString()).toBe('');
  });

  it('tells filters from paging and sort', () => {
    expect(isFiltered(nat, parse('page=3&sort=name&pageSize=50'))).toBe(false);
    expect(isFiltered(nat, parse('status=Available'))).toBe(true);
  });
});

describe('audit trail view in the URL', () => {
  const audit = listSearchCodec(auditListQuerySchema, {
    urlKeys: { resourceId: 'resource' },
    pageSizes: [20, 50, 100],
  });

  it('round-trips filters and drops bad values to their defaults', () => {
    const s = audit.parse(
      new URLSearchParams(
        'user=alice&action=Delete*&resource=ngw-1&from=2026-11-22T08:00:00Z&to=nope&outcome=maybe&page=2&pageSize=7',
      ),
    );
    expect(s).toEqual({
      page: 2,
      pageSize: 20,
      user: 'alice',
      action: 'Delete*',
      resourceId: 'ngw-1',
      from: '2026-11-22T08:00:00.000Z',
      to: undefined,
      outcome: undefined,
    });
    expect(audit.serialize(s).toString()).toBe(
      'user=alice&action=Delete*&resource=ngw-1&from=2026-11-22T08%3A00%3A00.000Z&page=2',
    );
  });

  it('goes back to page 1 on any change but the page', () => {
    const s = audit.parse(new URLSearchParams('page=4'));
    expect(changeListSearch(s, { user: 'bob' }).page).toBe(1);
    expect(changeListSearch(s, { page: 5 }).page).toBe(5);
  });
});

describe('inventory view in the URL', () => {
  const inventory = listSearchCodec(inventoryQuerySchema);

  it('round-trips every filter', () => {
    const params = new URLSearchParams(
      'type=vpn&region=cn-shanghai&status=active&q=office&tag=env%3Dprod',
    );
    const search = inventory.parse(params);
    expect(search).toEqual({
      type: 'vpn',
      region: 'cn-shanghai',
      status: 'active',
      q: 'office',
      tag: 'env=prod',
    });
    expect(inventory.serialize(search).toString()).toBe(params.toString());
    expect(isFiltered(inventory, search)).toBe(true);
  });

  it('drops unknown types, malformed regions and blanks', () => {
    const search = inventory.parse(new URLSearchParams('type=router&region=Nowhere&q=%20%20'));
    expect(search).toEqual({
      type: undefined,
      region: undefined,
      status: undefined,
      q: undefined,
      tag: undefined,
    });
    expect(isFiltered(inventory, search)).toBe(false);
    expect(inventory.serialize(search).toString()).toBe('');
  });
});
