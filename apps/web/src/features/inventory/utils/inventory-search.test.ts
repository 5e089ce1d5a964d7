import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  parseInventorySearch,
  serializeInventorySearch,
  toInventoryQuery,
} from './inventory-search';

describe('inventory search in the URL', () => {
  it('round-trips every filter', () => {
    const params = new URLSearchParams(
      'type=vpn&region=cn-shanghai&status=active&q=office&tag=env%3Dprod',
    );
    const search = parseInventorySearch(params);
    expect(search).toEqual({
      type: 'vpn',
      region: 'cn-shanghai',
      status: 'active',
      q: 'office',
      tag: 'env=prod',
    });
    expect(serializeInventorySearch(search).toString()).toBe(params.toString());
    expect(isFiltered(search)).toBe(true);
  });

  it('drops unknown types, malformed regions and blanks', () => {
    const search = parseInventorySearch(new URLSearchParams('type=router&region=Nowhere&q=%20%20'));
    expect(toInventoryQuery(search)).toEqual({
      type: undefined,
      region: undefined,
      status: undefined,
      q: undefined,
      tag: undefined,
    });
    expect(isFiltered(search)).toBe(false);
    expect(serializeInventorySearch(search).toString()).toBe('');
  });
});
