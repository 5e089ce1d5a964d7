import { z } from 'zod';
import { bandwidthNotSupported, incorrectEipStatus } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import type { ActionContext } from '../resource-module.ts';
import { locateEip } from './eip.describe.ts';

// ModifyEipAddressAttribute (REFERENCE-2 §4.10): synchronous; the EIP keeps its Status.

const modifyEipAddressAttributeParams = paramsSchema({
  ...ownerParams,
  // Not required in SDK 7.3.2 (docs21 says required): without it every region is searched.
  RegionId: z.string().optional(),
  AllocationId: z.string(),
  Name: v.str({ max: 128, pattern: /^(?!https?:\/\/)/i }).optional(),
  Description: v.description({ min: 0, max: 256 }).optional(),
  // A string on the wire; 1–200 pay-by-traffic, 1–500 pay-by-bandwidth.
  Bandwidth: v.int({ min: 1, max: 500, code: 'InvalidParameter' }).optional(),
});

/** ModifyEipAddressAttribute: name, description and peak bandwidth of an EIP. */
export function modifyEipAddressAttribute(ctx: ActionContext) {
  const p = parseParams(modifyEipAddressAttributeParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  // [emulator choice] an EIP being released takes no changes.
  if (eip.Status === 'Releasing') throw incorrectEipStatus(eip.id);
  if (p.Bandwidth !== undefined) {
    const max = eip.InternetChargeType === 'PayByTraffic' ? 200 : 500;
    if (p.Bandwidth > max) throw bandwidthNotSupported();
    eip.Bandwidth = String(p.Bandwidth);
  }
  if (p.Name !== undefined) eip.Name = p.Name;
  if (p.Description !== undefined) eip.Description = p.Description;
  return {};
}
