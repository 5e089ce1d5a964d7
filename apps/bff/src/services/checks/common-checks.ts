import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';
import type { GatewayCheck } from './gateway-check.ts';

const DAY_MS = 24 * 3600 * 1000;
/** Subscriptions ending within this many days are reported (unless the rule set says otherwise). */
export const EXPIRY_WINDOW_DAYS = DEFAULT_CHECK_SETTINGS.expiryDays;

/** Untagged gateways cannot be attributed to an owner, cost centre or environment. */
export const untaggedCheck: GatewayCheck = {
  id: 'untagged',
  severity: 'low',
  explanation: 'The gateway has no tags, so its owner, environment and cost centre are unknown.',
  fix: 'Add tags such as owner, env and cost-center.',
  run(item) {
    return item.tags.length === 0 ? {} : undefined;
  },
};

/** A subscription (prepaid) gateway that ends soon stops when it expires unless renewed. */
export const expiringSoonCheck: GatewayCheck = {
  id: 'expiring-soon',
  severity: 'high',
  explanation: `The subscription ends within ${EXPIRY_WINDOW_DAYS} days (or the rule set's window), or has ended; the gateway stops when it expires.`,
  fix: 'Renew the subscription or turn on auto-renewal, or plan the replacement.',
  run(item, now, settings = DEFAULT_CHECK_SETTINGS) {
    if (!item.expiresAt) return undefined;
    const end = Date.parse(item.expiresAt);
    if (Number.isNaN(end)) return undefined;
    const days = Math.floor((end - now.getTime()) / DAY_MS);
    if (days > settings.expiryDays) return undefined;
    return { days, expiresAt: item.expiresAt };
  },
};
