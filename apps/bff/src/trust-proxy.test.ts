import express from 'express';
import { describe, expect, it } from 'vitest';
import { errorOf as configError } from './config-error.fixture.ts';
import { loadConfig } from './config.ts';
import { parseTrustProxy } from './trust-proxy.ts';

describe('BFF_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', 1],
    [' 2 ', 2],
    ['loopback', ['loopback']],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.0/8, 192.168.1.0/24', ['10.0.0.0/8', '192.168.1.0/24']],
    ['::1, fd00::/8, LinkLocal, uniquelocal', ['::1', 'fd00::/8', 'linklocal', 'uniquelocal']],
  ])('parses %j as %j', (raw, value) => {
    expect(parseTrustProxy(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['true', /"true" is not an IP address/],
    ['1.5', /"1.5" is not an IP address/],
    ['-1', /"-1" is not an IP address/],
    ['proxy.example.com', /"proxy.example.com" is not an IP address/],
    ['10.0.0.0/33', /"10.0.0.0\/33" has a prefix length outside 0–32/],
    ['fd00::/129', /outside 0–128/],
    ['10.0.0.0/8/1', /is not an IP address or CIDR/],
    ['10.0.0.1,,10.0.0.2', /empty entry/],
  ])('refuses %j at start-up, naming the variable', (raw, problem) => {
    const message = configError({ BFF_TRUST_PROXY: raw });
    expect(message).toContain('BFF_TRUST_PROXY:');
    expect(message).toMatch(problem);
  });

  it('gives Express a number or a list it compiles, never a string', () => {
    for (const raw of ['1', '3', 'loopback, 10.0.0.0/8, ::ffff:10.0.0.1, 2001:db8::/32']) {
      const config = loadConfig({ BFF_TRUST_PROXY: raw });
      expect(typeof config.trustProxy).not.toBe('string');
      const app = express();
      expect(() => app.set('trust proxy', config.trustProxy)).not.toThrow();
    }
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});

describe('server limits', () => {
  it('defaults to a 30 s request, 15 s headers, 5 s keep-alive and 1024 connections', () => {
    expect(loadConfig({}).server).toEqual({
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 15_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1024,
    });
  });

  it('reads the overrides and refuses bad values, naming the variable', () => {
    const c = loadConfig({
      BFF_REQUEST_TIMEOUT_MS: '2000',
      BFF_HEADERS_TIMEOUT_MS: '1000',
      BFF_KEEP_ALIVE_TIMEOUT_MS: '65000',
      BFF_MAX_CONNECTIONS: '50',
    });
    expect(c.server).toEqual({
      requestTimeoutMs: 2000,
      headersTimeoutMs: 1000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 50,
    });
    expect(configError({ BFF_REQUEST_TIMEOUT_MS: '30s' })).toContain('BFF_REQUEST_TIMEOUT_MS:');
    expect(configError({ BFF_KEEP_ALIVE_TIMEOUT_MS: '-1' })).toContain(
      'BFF_KEEP_ALIVE_TIMEOUT_MS:',
    );
    expect(configError({ BFF_MAX_CONNECTIONS: '0' })).toContain('BFF_MAX_CONNECTIONS:');
    expect(configError({ BFF_HEADERS_TIMEOUT_MS: '60000' })).toContain(
      'BFF_HEADERS_TIMEOUT_MS: must not exceed BFF_REQUEST_TIMEOUT_MS',
    );
  });
});
