import { z } from 'zod';
import { listOf, tagSchema } from './common.ts';

export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  localName: z.string().optional(),
});
export type Region = z.infer<typeof regionSchema>;
export const regionListSchema = listOf(regionSchema);

export const vpcSchema = z.object({
  id: z.string(),
  name: z.string(),
  cidrBlock: z.string(),
  status: z.string(),
  isDefault: z.boolean(),
  description: z.string(),
  regionId: z.string(),
  vSwitchIds: z.array(z.string()),
  natGatewayIds: z.array(z.string()),
  ipv6CidrBlock: z.string().optional(),
  creationTime: z.string().optional(),
  tags: z.array(tagSchema),
});
export type Vpc = z.infer<typeof vpcSchema>;
export const vpcListSchema = listOf(vpcSchema);

export const vSwitchSchema = z.object({
  id: z.string(),
  name: z.string(),
  cidrBlock: z.string(),
  vpcId: z.string(),
  zoneId: z.string(),
  status: z.string(),
  availableIpAddressCount: z.number().int(),
  ipv6CidrBlock: z.string().optional(),
  description: z.string(),
});
export type VSwitch = z.infer<typeof vSwitchSchema>;
export const vSwitchListSchema = listOf(vSwitchSchema);
