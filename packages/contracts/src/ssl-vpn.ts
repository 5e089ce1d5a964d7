import { z } from 'zod';
import { ipv4CidrSchema, listOf, resourceId } from './common.ts';
import { creationTimeSchema } from './creation-time.ts';
import { regionParamsSchema } from './route-params.ts';
import { intFromText, visibleText } from './strict-input.ts';
import { msg } from './validation-messages.ts';
import { subnetListSchema } from './vpn-ipsec.ts';

/** SSL server ciphers (REFERENCE-2 §3.1; only OpenVPN < 2.4 clients honour them). */
export const SSL_VPN_CIPHERS = ['AES-128-CBC', 'AES-192-CBC', 'AES-256-CBC', 'none'] as const;
/** SSL server transport protocols. */
export const SSL_VPN_PROTOCOLS = ['UDP', 'TCP'] as const;

/** `/regions/:regionId/ssl-vpn-servers/:id`. */
export const sslVpnServerParamsSchema = regionParamsSchema.extend({ id: resourceId('vss') });
/** `/regions/:regionId/ssl-vpn-servers/:id/client-certs/:certId`. */
export const sslVpnCertParamsSchema = sslVpnServerParamsSchema.extend({
  certId: resourceId('vsc'),
});

// The SSL objects' name rule (§3.1, §3.5): 1–100 characters, not a URL; spaces and CJK are fine.
const sslNameSchema = visibleText()
  .trim()
  .min(1, msg('required'))
  .max(100, msg('maxChars', { n: 100 }))
  .refine((s) => !/^https?:\/\//i.test(s), msg('noUrlPrefix'));

/** An SSL-VPN server as the console shows it (DescribeSslVpnServers). */
export const sslVpnServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionId: z.string(),
  vpnGatewayId: z.string(),
  clientIpPool: z.string(),
  localSubnet: z.string(),
  proto: z.string(),
  port: z.number().int(),
  cipher: z.string(),
  compress: z.boolean(),
  dnsServers: z.string(),
  enableMultiFactorAuth: z.boolean(),
  idaasInstanceId: z.string(),
  idaasRegionId: z.string(),
  /** Online clients now, and the gateway's SSL connection limit. */
  connections: z.number().int(),
  maxConnections: z.number().int(),
  /** The SSL endpoint (`SslVpnInternetIp` on a dual-tunnel gateway). */
  internetIp: z.string(),
  creationTime: creationTimeSchema,
});
/** An SSL-VPN server as the BFF returns it. */
export type SslVpnServer = z.infer<typeof sslVpnServerSchema>;
/** The SSL servers of a region (or of one gateway). */
export const sslVpnServerListSchema = listOf(sslVpnServerSchema);

/** `?vpnGatewayId=` of the server list. */
export const sslVpnServerListQuerySchema = z.object({ vpnGatewayId: resourceId('vpn').optional() });

const port = intFromText(z.number().int().min(1, msg('portRange')).max(65_535, msg('portRange')));

// The settable fields; two-factor authentication needs the IDaaS instance and its region.
const serverSettings = z.object({
  name: sslNameSchema.optional(),
  clientIpPool: ipv4CidrSchema,
  localSubnet: subnetListSchema,
  proto: z.enum(SSL_VPN_PROTOCOLS),
  // Reserved ports (22, 80, 443, 500, 4500 …, §3.1) are refused upstream, on this field.
  port,
  cipher: z.enum(SSL_VPN_CIPHERS),
  compress: z.boolean(),
  enableMultiFactorAuth: z.boolean(),
  idaasInstanceId: z.string().trim().max(64).optional(),
  idaasRegionId: z.string().trim().max(64).optional(),
});

const idaasNeeded = <T extends { enableMultiFactorAuth?: boolean; idaasInstanceId?: string }>(
  b: T,
) => !b.enableMultiFactorAuth || Boolean(b.idaasInstanceId);

/** `POST …/ssl-vpn-servers`: the gateway needs SSL-VPN on. */
export const createSslVpnServerSchema = serverSettings
  .extend({
    vpnGatewayId: resourceId('vpn'),
    proto: serverSettings.shape.proto.default('UDP'),
    port: serverSettings.shape.port.default(1194),
    cipher: serverSettings.shape.cipher.default('AES-128-CBC'),
    compress: z.boolean().default(false),
    enableMultiFactorAuth: z.boolean().default(false),
  })
  .refine(idaasNeeded, { message: msg('required'), path: ['idaasInstanceId'] });
/** The create body as the SPA sends it. */
export type CreateSslVpnServerRequest = z.input<typeof createSslVpnServerSchema>;

/** `PATCH …/ssl-vpn-servers/:id`: any settable field; only a rename keeps the gateway active. */
export const updateSslVpnServerSchema = serverSettings
  .partial()
  .refine(idaasNeeded, { message: msg('required'), path: ['idaasInstanceId'] });
/** The update body. */
export type UpdateSslVpnServerRequest = z.input<typeof updateSslVpnServerSchema>;

/** Certificate status, from its expiry (`expiring-soon`: within a week). */
export const sslVpnCertStatusSchema = z.enum(['normal', 'expiring-soon', 'expired']);

/** A client certificate: never its key material (the `.ovpn` download has that). */
export const sslVpnClientCertSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionId: z.string(),
  sslVpnServerId: z.string(),
  status: sslVpnCertStatusSchema,
  creationTime: creationTimeSchema,
  /** ISO time of expiry. */
  endTime: z.string(),
});
/** A client certificate as the BFF returns it. */
export type SslVpnClientCert = z.infer<typeof sslVpnClientCertSchema>;
/** The certificates of a server. */
export const sslVpnClientCertListSchema = listOf(sslVpnClientCertSchema);

/** `POST …/client-certs` and `PATCH …/client-certs/:certId`: the name. */
export const sslVpnClientCertNameSchema = z.object({ name: sslNameSchema });
/** The certificate create/rename body. */
export type SslVpnClientCertNameRequest = z.input<typeof sslVpnClientCertNameSchema>;

/** A connected client (DescribeSslVpnClients). */
export const sslVpnClientSchema = z.object({
  commonName: z.string(),
  ip: z.string(),
  port: z.string(),
  privateIp: z.string(),
  connectedTime: z.string(),
  receiveBytes: z.number().int(),
  sendBytes: z.number().int(),
  status: z.string(),
});
/** A connected client as the BFF returns it. */
export type SslVpnClient = z.infer<typeof sslVpnClientSchema>;
/** Connected clients; `supported: false` when the gateway lacks the `VisuallySsl` label. */
export const sslVpnClientListSchema = listOf(sslVpnClientSchema).extend({
  supported: z.boolean(),
});
/** Connected clients as the BFF returns them. */
export type SslVpnClientList = z.infer<typeof sslVpnClientListSchema>;

const unixSeconds = intFromText(z.number().int().min(0));
/** `?from=&to=` of the server logs: Unix **seconds**, as the API. */
export const sslVpnLogsQuerySchema = z
  .object({ from: unixSeconds.optional(), to: unixSeconds.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: msg('notBeforeFrom'),
    path: ['to'],
  });
/** The log query as the SPA sends it. */
export type SslVpnLogsQuery = z.input<typeof sslVpnLogsQuerySchema>;

/** Server log lines between `from` and `to`. */
export const sslVpnLogsSchema = z.object({
  sslVpnServerId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  lines: z.array(z.string()),
  /** False when the window held more lines than the BFF reads. */
  complete: z.boolean(),
});
/** Server logs as the BFF returns them. */
export type SslVpnLogs = z.infer<typeof sslVpnLogsSchema>;
