import { z } from 'zod';
import { ipv4Schema, resourceId } from './common.ts';
import { intFromText } from './strict-input.ts';
import { msg } from './validation-messages.ts';
import { vpnGatewayParamsSchema } from './vpn-route-params.ts';

/** The default log window when the caller gives none: the last hour (seconds). */
export const DEFAULT_LOG_WINDOW_S = 3600;
/** The widest log window the BFF reads (seconds): a day, the SPA's largest choice. */
export const MAX_LOG_WINDOW_S = 86_400;

const unixSeconds = intFromText(z.number().int().min(0));

/** `?from=&to=&tunnelId=` of `GET …/vpn-connections/:id/logs`: Unix **seconds**, as the API. */
export const connectionLogsQuerySchema = z
  .object({
    from: unixSeconds.optional(),
    to: unixSeconds.optional(),
    tunnelId: resourceId('tun').optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: msg('notBeforeFrom'),
    path: ['to'],
  });
/** The log query as the SPA sends it. */
export type ConnectionLogsQuery = z.input<typeof connectionLogsQuerySchema>;

/** Negotiation log lines of a connection (or one tunnel) between `from` and `to`, oldest first. */
export const connectionLogsSchema = z.object({
  vpnConnectionId: z.string(),
  tunnelId: z.string().optional(),
  from: z.number().int(),
  to: z.number().int(),
  lines: z.array(z.string()),
  /** False when the window held more lines than the BFF reads: the newest are shown. */
  complete: z.boolean(),
});
/** Connection logs as the BFF returns them. */
export type ConnectionLogs = z.infer<typeof connectionLogsSchema>;

/** `POST …/vpn-gateways/:id/diagnose`: which connection, optionally a private address pair. */
export const startDiagnosisSchema = z
  .object({
    vpnConnectionId: resourceId('vco'),
    /** A VPC-side address and an on-premises one, probed through the tunnel. */
    privateSourceIp: ipv4Schema.optional(),
    privateDestinationIp: ipv4Schema.optional(),
  })
  .refine((b) => (b.privateSourceIp === undefined) === (b.privateDestinationIp === undefined), {
    message: msg('required'),
    path: ['privateDestinationIp'],
  });
/** The diagnose request body. */
export type StartDiagnosisRequest = z.input<typeof startDiagnosisSchema>;

/** The started diagnosis. */
export const diagnosisStartedSchema = z.object({ diagnoseId: z.string() });

/** `GET …/diagnose/:diagnoseId`; `latest` reads the gateway's latest diagnosis. */
export const diagnosisParamsSchema = vpnGatewayParamsSchema.extend({
  diagnoseId: z.union([z.literal('latest'), resourceId('vpndgn')]),
});

/** The level of one check (REFERENCE-2 §0.4 `DiagnoseResultLevel`). */
export const diagnoseLevelSchema = z.enum(['normal', 'warning', 'error']);
/** A check's level. */
export type DiagnoseLevel = z.infer<typeof diagnoseLevelSchema>;

/** One check of a diagnosis: the API's name, its level and its details (decoded JSON). */
export const diagnoseCheckSchema = z.object({
  name: z.string(),
  level: diagnoseLevelSchema,
  details: z.record(z.string(), z.unknown()),
});
/** One check of a diagnosis. */
export type DiagnoseCheck = z.infer<typeof diagnoseCheckSchema>;

/** A one-click diagnosis: progress while it runs, then every check. */
export const diagnosisSchema = z.object({
  diagnoseId: z.string(),
  vpnGatewayId: z.string(),
  vpnConnectionId: z.string(),
  beginTime: z.string(),
  /** Absent while running. */
  finishTime: z.string().optional(),
  finished: z.boolean(),
  finishedCount: z.number().int(),
  totalCount: z.number().int(),
  checks: z.array(diagnoseCheckSchema),
});
/** A diagnosis as the BFF returns it. */
export type Diagnosis = z.infer<typeof diagnosisSchema>;
