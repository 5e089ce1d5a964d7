import type { TFunction } from 'i18next';
import { enumLabel } from './enum-labels';

// Building an Intl.DateTimeFormat costs ~0.1–0.5 ms (locale data lookup); a list of 100 rows
// formats a date per row on every render, so formatters are kept per language and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
// The browser's zone (undefined) in the browser; the server renders a page in its reader's zone.
let timeZone: string | undefined;

/**
 * Sets the zone times are shown in (undefined: the runtime's own). Only the server calls it, to
 * render a page in the zone its reader's browser will show after hydrating it.
 */
export function setDisplayTimeZone(zone: string | undefined): void {
  timeZone = zone;
}

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** A timestamp in the UI language and the browser's zone; an unparseable value is shown as is. */
export function formatDateTime(value: string | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date in the UI language ("Dec 2, 2025", "2025年12月2日"); empty when absent. */
export function formatDate(value: string | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(language, { dateStyle: 'medium' }).format(date);
}

/** An instant as two short lines in the UI language and the browser's zone: date, then time. */
export function dateAndTime(iso: string, language: string): [string, string] {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return [iso, ''];
  return [
    dateFormat(language, { dateStyle: 'medium' }).format(d),
    dateFormat(language, { timeStyle: 'medium' }).format(d),
  ];
}

/** A time of day in the UI language and the shown zone ("10:04:18 AM"). */
export function formatTime(ms: number, language: string): string {
  return dateFormat(language, { timeStyle: 'medium' }).format(new Date(ms));
}

/** Bandwidth in Mbit/s, in the UI language. */
export function formatBandwidth(mbps: number, t: TFunction): string {
  return t('format.mbps', { n: mbps });
}

/**
 * A billing method (PayByLcu, PayByBandwidth, PayByTraffic, PostPaid, PrePaid, POSTPAY…) in the UI
 * language; a method we have no text for is shown as the API sends it.
 */
export function formatChargeType(type: string, t: TFunction): string {
  return enumLabel('chargeType', type, t);
}
