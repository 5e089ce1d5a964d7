import { describe, expect, it } from 'vitest';
import { natGatewayFixture, pageFixture } from '../testing/nat-gateway.fixture';
import { insertIntoPage, optimisticGateway } from './create-nat-gateway';
import { markDeleting } from './update-nat-gateway';

const request = {
  vpcId: 'vpc-a',
  vSwitchId: 'vsw-a',
  name: 'new-gw',
  natType: 'Enhanced' as const,
  networkType: 'internet' as const,
  internetChargeType: 'PayByLcu' as const,
  instanceChargeType: 'PostPaid' as const,
  eipBindMode: 'MULTI_BINDED' as const,
};

describe('optimistic list updates', () => {
  it('shows a just-created gateway as Creating, filled from the request', () => {
    const gw = optimisticGateway('cn-hangzhou', request, { id: 'ngw-new' });
    expect(gw).toMatchObject({ id: 'ngw-new', name: 'new-gw', status: 'Creating', vpcId: 'vpc-a' });
  });

  it('keeps what the BFF answered over the guesses', () => {
    const gw = optimisticGateway('cn-hangzhou', request, {
      id: 'ngw-new',
      zoneId: 'cn-hangzhou-h',
    });
    expect(gw.zoneId).toBe('cn-hangzhou-h');
  });

  it('inserts the new row at the top of first pages only, once', () => {
    const created = natGatewayFixture({ id: 'ngw-new', status: 'Creating' });
    const first = insertIntoPage(pageFixture([natGatewayFixture()]), created);
    expect(first?.items.map((g) => g.id)).toEqual(['ngw-new', 'ngw-test1']);
    expect(first?.total).toBe(2);
    expect(insertIntoPage(first, created)).toBe(first);
    const second = pageFixture([natGatewayFixture()], 2);
    expect(insertIntoPage(second, created)).toBe(second);
  });

  it('marks a deleted gateway Deleting in place', () => {
    const page = pageFixture([natGatewayFixture(), natGatewayFixture({ id: 'ngw-2' })]);
    expect(markDeleting(page, 'ngw-2')?.items.map((g) => g.status)).toEqual([
      'Available',
      'Deleting',
    ]);
  });
});
