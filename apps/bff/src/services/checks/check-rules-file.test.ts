import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckRules, parseCheckRules } from './check-rules-file.ts';
import { DEFAULT_CHECK_SETTINGS } from './check-settings.ts';

describe('parseCheckRules', () => {
  it('reads switches, severities and each check’s options', () => {
    const rules = parseCheckRules({
      checks: {
        untagged: { enabled: false },
        'vpn-single-zone': { severity: 'high' },
        'nat-dnat-risky-port': { ports: [22, 2222] },
        'nat-vpc-not-allowed': { allowedVpcIds: ['vpc-a'] },
        'expiring-soon': { days: 60 },
        'ipv6-bandwidth-ceiling': { maxMbps: 200 },
      },
    });
    expect([...rules.disabled]).toEqual(['untagged']);
    expect(rules.severity.get('vpn-single-zone')).toBe('high');
    expect(rules.settings).toEqual({
      riskyPorts: [22, 2222],
      allowedVpcIds: ['vpc-a'],
      expiryDays: 60,
      ipv6MaxBandwidthMbps: 200,
    });
    expect(parseCheckRules({ checks: {} }).settings).toEqual(DEFAULT_CHECK_SETTINGS);
  });

  it('names every bad field', () => {
    let message = '';
    try {
      parseCheckRules({
        checks: {
          'nat-dnat-risky-port': { ports: [70000] },
          'no-such-check': {},
          untagged: { ports: [22] },
          'vpn-single-zone': { severity: 'urgent' },
        },
      });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^CHECKS_FILE: /);
    expect(message).toContain('checks.nat-dnat-risky-port.ports.0:');
    expect(message).toMatch(/checks: [^;]*no-such-check/);
    expect(message).toMatch(/checks\.untagged: [^;]*ports/);
    expect(message).toContain('checks.vpn-single-zone.severity:');
  });

  it('names the file when it is not JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'checks-'));
    const file = path.join(dir, 'checks.json');
    writeFileSync(file, '{ checks: ');
    expect(() => loadCheckRules(file)).toThrow(`CHECKS_FILE ${file}:`);
    writeFileSync(file, JSON.stringify({ checks: { untagged: { enabled: false } } }));
    expect(loadCheckRules(file).disabled.has('untagged')).toBe(true);
  });
});
