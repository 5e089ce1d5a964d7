import { describe, expect, it } from 'vitest';
import { compareRecording, formatDifference } from './compare.ts';
import type { RecordedStep, Recording } from './recording.ts';

const step = (over: Partial<RecordedStep> = {}): RecordedStep => ({
  name: 'nat.wait',
  action: 'DescribeNatGateways',
  params: { RegionId: 'cn-hangzhou', NatGatewayId: '<ngw-1>' },
  status: 200,
  code: null,
  body: {
    NatGateways: { NatGateway: [{ Status: 'Available', Spec: 'Small', ZoneId: 'cn-hangzhou-h' }] },
  },
  statusSequence: ['Creating', 'Available'],
  ...over,
});

const recording = (steps: RecordedStep[], accepted: Recording['accepted'] = []): Recording => ({
  format: 'gc-parity/1',
  scenario: 'gateways-v1',
  source: 'alibaba-cloud',
  regionId: 'cn-hangzhou',
  recordedAt: '2026-12-01T00:00:00Z',
  steps,
  accepted,
});

describe('compareRecording', () => {
  it('finds nothing between equal runs', () => {
    expect(compareRecording(recording([step()]), [step()])).toEqual([]);
  });

  it('names the field and both values of a changed, missing or retyped answer', () => {
    const replay = step({
      body: { NatGateways: { NatGateway: [{ Status: 'Pending', Spec: 1 }] } },
      statusSequence: ['Available'],
      status: 400,
      code: 'Throttling.User',
    });
    const lines = compareRecording(recording([step()]), [replay]).map(formatDifference);
    expect(lines).toEqual([
      'nat.wait  HTTP status: recorded 200, replayed 400',
      'nat.wait  Code: recorded null, replayed "Throttling.User"',
      'nat.wait  status sequence: recorded "Creating → Available", replayed "Available"',
      'nat.wait  NatGateways.NatGateway[0].Status: recorded "Available", replayed "Pending"',
      'nat.wait  NatGateways.NatGateway[0].Spec: recorded "Small", replayed 1',
      'nat.wait  NatGateways.NatGateway[0].ZoneId: recorded "cn-hangzhou-h", replayed absent',
    ]);
  });

  it('does not compare values that describe the account, only their presence', () => {
    const replay = step({
      body: {
        NatGateways: {
          NatGateway: [{ Status: 'Available', Spec: 'Small', ZoneId: 'cn-hangzhou-k' }],
        },
      },
    });
    expect(compareRecording(recording([step()]), [replay])).toEqual([]);
  });

  it('reports steps only one side has, and leaves out accepted differences', () => {
    const extra = step({ name: 'nat.extra' });
    const diffs = compareRecording(recording([step(), step({ name: 'nat.gone' })]), [
      step(),
      extra,
    ]);
    expect(diffs.map((d) => `${d.step}:${d.recorded}/${d.replayed}`)).toEqual([
      'nat.gone:present/absent',
      'nat.extra:absent/present',
    ]);
    const accepted = [{ step: 'nat.gone', field: 'step', reason: 'not in this region' }];
    expect(
      compareRecording(recording([step(), step({ name: 'nat.gone' })], accepted), [step()]),
    ).toEqual([]);
  });

  it('compares only status and code of account lookups', () => {
    const lookup = step({ name: 'network.vpcs', shapeOnly: true, body: { Vpcs: { Vpc: [] } } });
    const other = { ...lookup, body: { Vpcs: { Vpc: [{ VpcId: 'string' }] } } };
    expect(compareRecording(recording([lookup]), [other])).toEqual([]);
  });
});
