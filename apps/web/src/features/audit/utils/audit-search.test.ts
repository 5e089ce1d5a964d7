import { describe, expect, it } from 'vitest';
import {
  parseAuditSearch,
  serializeAuditSearch,
  toAuditQuery,
  updateAuditSearch,
} from './audit-search';
import { dateAndTime } from '../../../lib/format';
import { fromLocalInput, toLocalInput } from './local-time';
import { resourceLink } from './resource-link';

describe('audit search in the URL', () => {
  it('round-trips filters and drops bad values to their defaults', () => {
    const s = parseAuditSearch(
      new URLSearchParams(
        'user=alice&action=Delete*&resource=ngw-1&from=2026-11-22T08:00:00Z&to=nope&outcome=maybe&page=2&pageSize=7',
      ),
    );
    expect(s).toEqual({
      page: 2,
      pageSize: 20,
      user: 'alice',
      action: 'Delete*',
      resource: 'ngw-1',
      from: '2026-11-22T08:00:00.000Z',
      to: undefined,
      outcome: undefined,
    });
    expect(serializeAuditSearch(s).toString()).toBe(
      'user=alice&action=Delete*&resource=ngw-1&from=2026-11-22T08%3A00%3A00.000Z&page=2',
    );
    expect(toAuditQuery(s)).toMatchObject({ resourceId: 'ngw-1', action: 'Delete*', page: 2 });
  });

  it('goes back to page 1 on any change but the page', () => {
    const s = parseAuditSearch(new URLSearchParams('page=4'));
    expect(updateAuditSearch(s, { user: 'bob' }).page).toBe(1);
    expect(updateAuditSearch(s, { page: 5 }).page).toBe(5);
  });

  it('converts datetime-local values in the browser zone both ways', () => {
    const iso = fromLocalInput('2026-11-22T16:05');
    expect(iso).toBe(new Date(2026, 10, 22, 16, 5).toISOString());
    expect(toLocalInput(iso)).toBe('2026-11-22T16:05');
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput('garbage')).toBe('');
  });
});

describe('resourceLink', () => {
  it('links gateways to their pages and probes their BFF route', () => {
    expect(resourceLink('cn-hangzhou', 'ngw-1')).toEqual({
      to: '/regions/cn-hangzhou/nat-gateways/ngw-1',
      probe: '/api/regions/cn-hangzhou/nat-gateways/ngw-1',
    });
    expect(resourceLink('cn-hangzhou', 'ipv6gw-9')?.to).toBe(
      '/regions/cn-hangzhou/ipv6-gateways/ipv6gw-9',
    );
    expect(resourceLink('cn-hangzhou', 'cgw-2')?.to).toBe(
      '/regions/cn-hangzhou/vpn-gateways/customer-gateways',
    );
  });

  it('has no link for other kinds or without a region', () => {
    expect(resourceLink('cn-hangzhou', 'eip-1')).toBeUndefined();
    expect(resourceLink(undefined, 'ngw-1')).toBeUndefined();
    expect(resourceLink('cn-hangzhou', undefined)).toBeUndefined();
  });
});

describe('dateAndTime', () => {
  it('splits an instant into a date line and a time line, and keeps garbage as is', () => {
    const [date, time] = dateAndTime('2026-11-22T08:00:00.000Z', 'en');
    expect(date).toMatch(/2026/);
    expect(time).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    expect(dateAndTime('nope', 'en')).toEqual(['nope', '']);
  });
});
