import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '../i18n';
import {
  dateAndTime,
  formatBandwidth,
  formatChargeType,
  formatDateTime,
  formatTime,
  setDisplayTimeZone,
} from './format';

beforeAll(() => loadLanguage('zh-CN'));

describe('dateAndTime', () => {
  it('splits an instant into a date line and a time line, and keeps garbage as is', () => {
    const [date, time] = dateAndTime('2026-11-22T08:00:00.000Z', 'en');
    expect(date).toMatch(/2026/);
    expect(time).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    expect(dateAndTime('nope', 'en')).toEqual(['nope', '']);
  });
});

describe('formatBandwidth', () => {
  it('writes Mbit/s in either language', () => {
    expect(formatBandwidth(20, i18n.getFixedT('en'))).toBe('20 Mbit/s');
    expect(formatBandwidth(5, i18n.getFixedT('zh-CN'))).toBe('5 Mbit/s');
  });
});

describe('formatChargeType', () => {
  it('names every gateway type’s billing methods in both languages', () => {
    for (const type of ['PayByLcu', 'PayByBandwidth', 'PayByTraffic', 'PostPaid', 'PrePaid']) {
      const en = formatChargeType(type, i18n.getFixedT('en'));
      const zh = formatChargeType(type, i18n.getFixedT('zh-CN'));
      expect(en, type).not.toBe(type);
      expect(zh, type).not.toBe(en);
    }
    expect(formatChargeType('PayByBandwidth', i18n.getFixedT('en'))).toBe('Pay by bandwidth');
  });

  it('shows a method it has no text for as the API sends it', () => {
    expect(formatChargeType('PayByFuture', i18n.getFixedT('zh-CN'))).toBe('PayByFuture');
  });
});

describe('setDisplayTimeZone', () => {
  it("shows times in the zone the server renders for, then in the runtime's own again", () => {
    const instant = '2026-12-06T01:30:00Z';
    setDisplayTimeZone('Asia/Shanghai');
    const shanghai = formatDateTime(instant, 'en');
    const time = formatTime(Date.parse(instant), 'en');
    setDisplayTimeZone('UTC');
    const utc = formatDateTime(instant, 'en');
    setDisplayTimeZone(undefined);
    expect(shanghai).toMatch(/9:30\sAM/);
    expect(time).toMatch(/9:30:00\sAM/);
    expect(utc).toMatch(/1:30\sAM/);
    expect(formatDateTime(instant, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(instant),
      ),
    );
  });
});
