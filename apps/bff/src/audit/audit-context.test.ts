import { composeInterceptors, isReadAction } from '@gc/vpc-client';
import { describe, expect, it } from 'vitest';
import { auditCaptureInterceptor, withUpstreamCapture } from './audit-context.ts';

/** An upstream that answers with a RequestId per action, failing on Delete*. */
const run = composeInterceptors([auditCaptureInterceptor()], async (ctx) => {
  if (ctx.action.startsWith('Delete')) throw new Error('boom');
  return { RequestId: `R-${ctx.action}` };
});
const call = (action: string) =>
  run({ action, params: { RegionId: 'r' }, isRead: isReadAction(action), options: {} });

describe('auditCaptureInterceptor', () => {
  it('records each upstream mutation with its RequestId, in completion order, and no reads', async () => {
    const { calls, result } = withUpstreamCapture(async () => {
      await call('DescribeNatGateways');
      await call('CreateNatGateway');
      await call('ListTagResources');
      await call('TagResources');
      await expect(call('DeleteNatGateway')).rejects.toThrow('boom');
    });
    await result;
    expect(calls).toEqual([
      { method: 'CreateNatGateway', requestId: 'R-CreateNatGateway' },
      { method: 'TagResources', requestId: 'R-TagResources' },
    ]);
  });

  it('does nothing outside an audit context', async () => {
    await expect(call('CreateNatGateway')).resolves.toEqual({ RequestId: 'R-CreateNatGateway' });
  });
});
