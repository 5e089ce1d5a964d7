import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { refuseAdminRequest } from './admin-access.ts';
import { handleSslAdmin } from './admin-ssl.ts';
import type { ApiError } from './api-error.ts';
import { adminBadRequest, adminNotFound } from './errors.ts';
import { faultConfigSchema } from './faults.ts';
import type { Faults } from './faults.ts';
import type { TimingOptions } from './options.ts';
import type { StateData, Store } from './store.ts';
import type { Stats } from './stats.ts';
import type { PeerChange } from './resources/vpn-tunnel.peer.ts';

/** What the admin API controls. */
export interface AdminControl {
  reset(): void;
  snapshot(): StateData;
  restore(data: unknown): void;
  setTiming(timing: TimingOptions): void;
  advance(ms?: number): number;
  faults: Faults;
  stats: Stats;
  /** The live store, for admin routes that act on resources (simulated SSL-VPN clients). */
  store: Store;
  /** Marks a VPN tunnel's peer (or a single-tunnel connection's) down or up; undefined if unknown. */
  setVpnPeer(id: string, up: boolean): PeerChange | undefined;
}

const durationsSchema = z
  .object({
    nat: z.number(),
    eip: z.number(),
    snat: z.number(),
    dnat: z.number(),
    vpn: z.number(),
    vpnConnection: z.number(),
    ipv6: z.number(),
  })
  .partial();

const timingSchema = z.object({
  mode: z.enum(['immediate', 'timed', 'manual']),
  durationsMs: durationsSchema.optional(),
  describesToAdvance: z.number().int().min(0).optional(),
});

const advanceSchema = z.object({ ms: z.number().min(0).optional() });
const peerSchema = z.object({ up: z.boolean() });
// `POST /_emulator/vpn/tunnels/<tun-… or vco-…>/peer` {"up": false}: simulate a peer failing.
const PEER_ROUTE = /^POST \/_emulator\/vpn\/tunnels\/([\w-]+)\/peer$/;

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Answers an admin error as `{ error: { code, message } }`. */
export function replyAdminError(res: ServerResponse, error: ApiError): void {
  reply(res, error.status, { error: { code: error.code, message: error.message } });
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return {};
  return JSON.parse(raw);
}

/** `/_emulator/*`: loopback, the process's token (admin-access.ts), no signature, JSON in and out. */
export function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  rawBody: string,
  control: AdminControl,
  onMutation: () => void,
  adminToken: string,
): void {
  const refusal = refuseAdminRequest(req, rawBody, adminToken);
  if (refusal) return replyAdminError(res, refusal);
  const path = new URL(req.url ?? '/', 'http://emulator').pathname.replace(/\/+$/, '');
  const route = `${req.method ?? 'GET'} ${path}`;
  try {
    const peer = PEER_ROUTE.exec(route);
    if (peer) {
      const { up } = peerSchema.parse(parseJson(rawBody));
      const change = control.setVpnPeer(peer[1] ?? '', up);
      if (!change) return replyAdminError(res, adminNotFound(route));
      onMutation();
      return reply(res, 200, { ok: true, ...change });
    }
    switch (route) {
      case 'GET /_emulator/health':
        return reply(res, 200, { ok: true });
      case 'POST /_emulator/reset':
        control.reset();
        onMutation();
        return reply(res, 200, { ok: true });
      case 'GET /_emulator/state':
        return reply(res, 200, control.snapshot());
      case 'PUT /_emulator/state':
        control.restore(parseJson(rawBody));
        onMutation();
        return reply(res, 200, { ok: true });
      case 'PUT /_emulator/timing':
        control.setTiming(timingSchema.parse(parseJson(rawBody)));
        onMutation();
        return reply(res, 200, { ok: true });
      case 'POST /_emulator/advance': {
        const { ms } = advanceSchema.parse(parseJson(rawBody));
        const completed = control.advance(ms);
        onMutation();
        return reply(res, 200, { ok: true, completed });
      }
      case 'GET /_emulator/faults':
        return reply(res, 200, { rules: control.faults.list() });
      case 'PUT /_emulator/faults':
        control.faults.configure(faultConfigSchema.parse(parseJson(rawBody)));
        return reply(res, 200, { ok: true });
      case 'DELETE /_emulator/faults':
        control.faults.clear();
        return reply(res, 200, { ok: true });
      case 'GET /_emulator/stats':
        return reply(res, 200, control.stats.toJSON());
      case 'DELETE /_emulator/stats':
        control.stats.reset();
        return reply(res, 200, { ok: true });
      default: {
        const ssl = handleSslAdmin(route, rawBody, control.store);
        if (ssl?.mutated) onMutation();
        if (ssl) return reply(res, ssl.status, ssl.body);
        return replyAdminError(res, adminNotFound(route));
      }
    }
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')
        : (error as Error).message;
    replyAdminError(res, adminBadRequest(message));
  }
}
