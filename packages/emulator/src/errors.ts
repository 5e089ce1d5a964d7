// Every API error the emulator answers comes from a factory here: one per code (moto's
// exception classes), giving the real code, HTTP status and message shape. Codes, statuses and
// sic spellings follow REFERENCE §1.4 and §5 and REFERENCE-2 §5–§6; where a code or status is
// unconfirmed, the README's decisions say why. Handlers and models never build errors themselves.

export * from './errors/protocol.ts';
export * from './errors/common.ts';
export * from './errors/nat.ts';
export * from './errors/nat-entry.ts';
export * from './errors/vpn.ts';
export * from './errors/ipv6.ts';
export * from './errors/admin.ts';
export * from './errors/ssl-vpn.ts';
export * from './errors/vpn-gateways.ts';
export * from './errors/vpn-connections.ts';
export * from './errors/vpn-routes.ts';
export * from './errors/vpn-diagnostics.ts';
export * from './errors/ipsec-server.ts';
export * from './errors/nat-edits.ts';
export * from './errors/vpc-nat.ts';
export * from './errors/nat-protection.ts';
