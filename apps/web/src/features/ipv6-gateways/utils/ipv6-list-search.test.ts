import { describe, expect, it } from 'vitest';
import { isIpv6Transitional, ipv6StatusTone } from './ipv6-status';
import {
  parseIpv6Search,
  serializeIpv6Search,
  toIpv6ListQuery,
  updateIpv6Search,
} from './ipv6-list-search';

describe('IPv6 list search in the URL', () => {
  it('round-trips filters and drops bad values and defaults', () => {
    const s = parseIpv6Search(
      new URLSearchParams('q=prod&status=Available&vpcId=vpc-abc&sort=-name&page=2&pageSize=50'),
    );
    expect(s).toEqual({
      q: 'prod',
      status: 'Available',
      vpcId: 'vpc-abc',
      sort: '-name',
      page: 2,
      pageSize: 50,
    });
    expect(serializeIpv6Search(s).toString()).toBe(
      'q=prod&status=Available&vpcId=vpc-abc&sort=-name&page=2&pageSize=50',
    );
    const bad = parseIpv6Search(new URLSearchParams('status=Gone&vpcId=x&page=-1&pageSize=7'));
    expect(bad).toMatchObject({ status: undefined, vpcId: undefined, page: 1, pageSize: 20 });
    expect(serializeIpv6Search(bad).toString()).toBe('');
  });

  it('goes back to page 1 on a filter change and builds the BFF query', () => {
    const s = parseIpv6Search(new URLSearchParams('page=3'));
    expect(updateIpv6Search(s, { page: 4 }).page).toBe(4);
    expect(updateIpv6Search(s, { status: 'Creating' }).page).toBe(1);
    expect(toIpv6ListQuery({ ...s, q: '  ' }).q).toBeUndefined();
  });

  it('polls transitional statuses and colours them', () => {
    expect(isIpv6Transitional('Creating')).toBe(true);
    expect(isIpv6Transitional('Available')).toBe(false);
    expect(ipv6StatusTone('Available')).toBe('ok');
    expect(ipv6StatusTone('Deleting')).toBe('warning');
    expect(ipv6StatusTone('Pending')).toBe('progress');
  });
});
