import {
  VALIDATION_MESSAGES_EN,
  allocateIpv6BandwidthSchema,
  createNatGatewaySchema,
  updateVpnGatewaySchema,
} from '@gc/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import enJson from '../i18n/en.json';
import { i18n, loadLanguage } from '../i18n';
import { ApiError } from './api-error';
import { serverFieldErrors, translateMessage, validateWith } from './form-validation';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');

beforeAll(() => loadLanguage('zh-CN'));

const badRequest = (fields: ApiError['fields']) =>
  new ApiError({ status: 400, code: 'InvalidInput', message: 'Invalid request body', fields });

describe('translateMessage', () => {
  it('translates a contracts key with its params', () => {
    const maxChars = {
      message: 'must be at most 128 characters',
      key: 'maxChars',
      params: { n: 128 },
    };
    expect(translateMessage(zh, maxChars)).toBe('最多 128 个字符');
    // The idPrefix param has no dash: the translation adds it.
    const idPrefix = { message: 'x', key: 'idPrefix', params: { prefix: 'vpc' } };
    expect(translateMessage(en, idPrefix)).toBe('Must be an ID starting with vpc-');
    expect(translateMessage(zh, idPrefix)).toBe('必须是以 vpc- 开头的 ID');
    const maxMbps = {
      message: 'x',
      key: 'maxMbps',
      params: { n: 1000, chargeType: 'PayByTraffic' },
    };
    expect(translateMessage(zh, maxMbps)).toBe('按使用流量计费下最多 1000 Mbit/s');
  });

  it('has an English and a Chinese text for every contracts key', () => {
    const keys = Object.keys(enJson.validation);
    expect(Object.keys(VALIDATION_MESSAGES_EN).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('passes an unknown key, or none, through as the server wrote it', () => {
    expect(translateMessage(zh, { message: 'something new', key: 'brandNew', params: {} })).toBe(
      'something new',
    );
    expect(translateMessage(zh, { message: 'something new' })).toBe('something new');
  });
});

describe('validateWith', () => {
  it('gives every issue of the create schema on its dotted path', () => {
    const validate = validateWith(createNatGatewaySchema, (v: object) => v, zh);
    const errors = validate({
      vpcId: 'vpc-abc',
      vSwitchId: 'nope',
      name: '1bad',
      tags: [{ key: 'aliyun-x', value: '' }],
    });
    expect(errors).toEqual({
      vSwitchId: '必须是以 vsw- 开头的 ID',
      name: '必须以字母或中文开头',
      'tags.0.key': '不能以 aliyun 或 acs: 开头',
    });
  });

  it('shows the same message as the server would for the same value', () => {
    const body = { bandwidth: 1500, internetChargeType: 'PayByTraffic' };
    const client = validateWith(allocateIpv6BandwidthSchema, (v: object) => v, zh)(body);
    // What the BFF answers for this body: toFieldErrors gives the zod issue's key and params.
    const server = serverFieldErrors(
      badRequest([
        {
          path: 'bandwidth',
          message: 'must be at most 1000 Mbit/s with PayByTraffic',
          key: 'maxMbps',
          params: { n: 1000, chargeType: 'PayByTraffic' },
        },
      ]),
      zh,
      body,
    );
    expect(client).toEqual(server.fields);
    expect(client.bandwidth).toBe('按使用流量计费下最多 1000 Mbit/s');
  });

  it('maps the request paths to the form paths', () => {
    const validate = validateWith(
      updateVpnGatewaySchema,
      (v: { title: string }) => ({ name: v.title }),
      en,
      (path) => (path === 'name' ? 'title' : path),
    );
    expect(validate({ title: '1x' })).toEqual({
      title: 'Must start with a letter or a Chinese character',
    });
  });
});

describe('serverFieldErrors', () => {
  it("puts an error on the form's field, and keeps the others for the summary", () => {
    const error = badRequest([
      { path: 'name', message: 'is required', key: 'required', params: {} },
      {
        path: 'spec',
        message: 'cannot be changed: IPv6 gateways have no spec any more',
        key: 'noSpec',
        params: {},
      },
      { path: '(root)', message: 'give a name or a description to change', key: 'nothingToChange' },
    ]);
    expect(serverFieldErrors(error, en, { name: '', description: '' })).toEqual({
      fields: { name: 'Required' },
      unplaced: [
        'spec: Cannot be changed: IPv6 gateways no longer have a spec',
        'Change the name or the description.',
      ],
    });
  });

  it('places a nested path only when the form has it', () => {
    const error = badRequest([
      { path: 'tags.0.key', message: 'duplicate tag key', key: 'duplicateTag' },
      { path: 'tags.3.key', message: 'duplicate tag key', key: 'duplicateTag' },
    ]);
    const placed = serverFieldErrors(error, en, { tags: [{ key: 'a', value: '' }] });
    expect(placed.fields).toEqual({ 'tags.0.key': 'Each tag key may appear only once' });
    expect(placed.unplaced).toEqual(['tags.3.key: Each tag key may appear only once']);
  });
});
