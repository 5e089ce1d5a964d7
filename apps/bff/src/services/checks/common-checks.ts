import type { GatewayCheck } from './gateway-check.ts';

const DAY_MS = 24 * 3600 * 1000;
/** Subscriptions ending within this many days are reported. */
export const EXPIRY_WINDOW_DAYS = 30;

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
  explanation: `The subscription ends within ${EXPIRY_WINDOW_DAYS} days (or has ended); the gateway stops when it expires.`,
  fix: 'Renew the subscription or turn on auto-renewal, or plan the replacement.',
  run(item, now) {
    if (!item.expiresAt) return undefined;
    const end = Date.parse(item.expiresAt);
    if (Number.isNaN(end)) return undefined;
    const days = Math.floor((end - now.getTime()) / DAY_MS);
    if (days > EXPIRY_WINDOW_DAYS) return undefined;
    return { days, expiresAt: item.expiresAt };
  },
};
