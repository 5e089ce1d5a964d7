import { createNatGatewaySchema } from '@gc/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '../i18n';
import { issuesToErrors } from './form-validation';
import { translateValidation } from './validation-message';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');

beforeAll(() => loadLanguage('zh-CN'));

describe('translateValidation', () => {
  it('translates the contracts messages, with their numbers', () => {
    expect(translateValidation(zh, 'must be at most 128 characters')).toBe('最多 128 个字符');
    expect(translateValidation(en, 'must be an ID starting with vpc-')).toBe(
      'Must be an ID starting with vpc-',
    );
  });

  it('passes an unknown message through as the server wrote it', () => {
    expect(translateValidation(zh, 'something new')).toBe('something new');
  });

  it('gives every issue of the create schema on its dotted path', () => {
    const result = createNatGatewaySchema.safeParse({
      vpcId: 'vpc-abc',
      vSwitchId: 'nope',
      name: '1bad',
      tags: [{ key: 'aliyun-x', value: '' }],
    });
    expect(result.success).toBe(false);
    const errors = issuesToErrors(result.error?.issues ?? [], zh);
    expect(errors).toEqual({
      vSwitchId: '必须是以 vsw- 开头的 ID',
      name: '必须以字母或中文开头',
      'tags.0.key': '不能以 aliyun 或 acs: 开头',
    });
  });
});
