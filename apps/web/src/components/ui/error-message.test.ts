import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { errorMessage } from './error-message';

const upstream = (code: string, message = `${code} (as the API wrote it)`) =>
  new ApiError({ status: 400, code, message, requestId: 'R-1' });

// AllocateIpv6InternetBandwidth's documented codes (REFERENCE-2 §5.5), in both languages.
const IPV6_CODES = [
  'OperationFailed.InternetBandwidthAlreadyExisted',
  'IllegalParam.Bandwidth',
  'ResourceNotFound.Ipv6Address',
  'OperationFailed.Ipv6GatewayNotExist',
] as const;

beforeAll(() => loadLanguage('zh-CN'));

describe('errorMessage', () => {
  for (const language of ['en', 'zh-CN']) {
    for (const code of IPV6_CODES) {
      it(`translates ${code} in ${language}`, () => {
        const t = i18n.getFixedT(language);
        const text = errorMessage(upstream(code), t);
        expect(text).not.toContain('as the API wrote it');
        expect(text).toBe(t(`errors.upstream.${code}`));
        expect(text.length).toBeGreaterThan(5);
      });
    }
  }

  it('shows an upstream message it has no text for as sent', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(errorMessage(upstream('Some.NewCode', 'Something new happened.'), t)).toBe(
      'Something new happened.',
    );
  });

  it('never shows a nested key as a message for a code prefix', () => {
    const t = i18n.getFixedT('en');
    expect(errorMessage(upstream('OperationFailed', 'Plain failure.'), t)).toBe('Plain failure.');
  });

  it('keeps the different English and Chinese texts apart', () => {
    const en = errorMessage(upstream('OperationFailed.Ipv6GatewayNotExist'), i18n.getFixedT('en'));
    const zh = errorMessage(
      upstream('OperationFailed.Ipv6GatewayNotExist'),
      i18n.getFixedT('zh-CN'),
    );
    expect(en).toMatch(/IPv6 gateway/);
    expect(zh).toMatch(/IPv6 网关/);
  });
});
