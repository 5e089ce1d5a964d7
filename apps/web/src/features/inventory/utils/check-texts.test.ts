import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { evidenceText } from './check-texts';

// A stand-in for i18next: labels two enum values, answers the default for the rest.
const t = ((key: string, options?: { defaultValue?: string }) =>
  ({ 'vpnTunnels.role.master': '主隧道', 'vpn.tunnel.ike_sa_not_established': '未建立' })[key] ??
  options?.defaultValue ??
  key) as unknown as TFunction;

describe('evidenceText', () => {
  it('labels whole enum words in evidence prose and leaves IDs and numbers alone', () => {
    const text = evidenceText(
      { count: 1, tunnels: 'vco-bp1master9/master tun-bp1x: ike_sa_not_established' },
      t,
    );
    expect(text).toBe('count: 1 · tunnels: vco-bp1master9/主隧道 tun-bp1x: 未建立');
  });
});
