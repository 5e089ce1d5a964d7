import { z } from 'zod';
import { listOf, tagSchema } from './common.ts';

/** A region from DescribeRegions; `localName` is the localized label, when the API gives one. */
export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  localName: z.string().optional(),
});
/** A region the console can switch to. */
export type Region = z.infer<typeof regionSchema>;
/** `GET /api/regions`: every region in one unpaginated list, for the region picker. */
export const regionListSchema = listOf(regionSchema);

/** A VPC from DescribeVpcs; `ipv6CidrBlock` is set only once IPv6 is enabled on it. */
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
/** A VPC as the BFF returns it. */
export type Vpc = z.infer<typeof vpcSchema>;
/** The VPCs of a region, unpaginated, so pickers can offer all of them. */
export const vpcListSchema = listOf(vpcSchema);

/** A vSwitch from DescribeVSwitches; its zone decides where a gateway is placed. */
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
/** A vSwitch as the BFF returns it. */
export type VSwitch = z.infer<typeof vSwitchSchema>;
/** The vSwitches of one VPC, unpaginated, for the create forms' pickers. */
export const vSwitchListSchema = listOf(vSwitchSchema);
