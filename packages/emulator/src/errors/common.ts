import { defineError, notFoundError } from '../api-error.ts';

// Errors shared by every family: regions, VPCs and vSwitches, tags, concurrency (REFERENCE §5).

// Not found (§5.6).
/** 404 `InvalidRegionId.NotFound`. */
export const invalidRegionIdNotFound = notFoundError('InvalidRegionId.NotFound', 'RegionId');
/** 404 `Forbidden.RegionNotFound`. */
export const forbiddenRegionNotFound = notFoundError('Forbidden.RegionNotFound', 'region');
/** 404 `InvalidVpcId.NotFound`. */
export const invalidVpcIdNotFound = notFoundError('InvalidVpcId.NotFound', 'VpcId');
/** 404 `InvalidVSwitchId.NotFound`. */
export const invalidVSwitchIdNotFound = notFoundError('InvalidVSwitchId.NotFound', 'VSwitchId');
/** 404 `InvalidResourceId.NotFound`: TagResources/UntagResources on an unknown id. */
export const invalidResourceIdNotFound = notFoundError('InvalidResourceId.NotFound', 'ResourceId');

// VPCs and vSwitches (§3.1, §3.2).
/** 400 `VpcStatusError`: the VPC is not `Available`. */
export const vpcStatusError = defineError(
  400,
  'VpcStatusError',
  (vpcId: string) => `VPC ${vpcId} is not available.`,
);
/** 400 `VswitchStatusError`: the vSwitch is not `Available`. */
export const vswitchStatusError = defineError(
  400,
  'VswitchStatusError',
  (vswId: string) => `vSwitch ${vswId} is not available.`,
);
/** 400 `OperationFailed.VswNotBelongToVpc`: the vSwitch is in another VPC. */
export const vswNotBelongToVpc = defineError(
  400,
  'OperationFailed.VswNotBelongToVpc',
  (vswId: string, vpcId: string) => `vSwitch ${vswId} does not belong to VPC ${vpcId}.`,
);
/** 400 `ZONE_NO_AVAILABLE_IP`: the vSwitch has no free private address. */
export const zoneNoAvailableIp = defineError(
  400,
  'ZONE_NO_AVAILABLE_IP',
  (vswId: string) => `vSwitch ${vswId} has no available IP address.`,
);
/** 400 `InvalidParameter.NatIp`: a requested private IP outside the vSwitch. */
export const invalidParameterNatIp = defineError(
  400,
  'InvalidParameter.NatIp',
  (ip: string, vswId: string) => `NatIp ${ip} is not inside vSwitch ${vswId}.`,
);
/** 400 `InvalidIpAddress.AlreadyExist`: the address is taken (a vSwitch IP, a customer gateway). */
export const invalidIpAddressAlreadyExist = defineError(
  400,
  'InvalidIpAddress.AlreadyExist',
  (message: string) => message,
);

// Tags (§3.6).
/** 400 `QuotaExceeded.TagNum`: more than `max` tags on one resource. */
export const quotaExceededTagNum = defineError(
  400,
  'QuotaExceeded.TagNum',
  (max: number) => `A resource can have at most ${max} tags.`,
);
/** 400 `MissingParam.TagKey`: TagResources without any `Tag.N.Key`. */
export const missingParamTagKey = defineError(
  400,
  'MissingParam.TagKey',
  () => 'Tag.N.Key is mandatory for this action.',
);
/** 400 `InvalidParameter.NextToken.Malformed`: ListTagResources with a forged token. */
export const nextTokenMalformed = defineError(
  400,
  'InvalidParameter.NextToken.Malformed',
  () => 'The NextToken is not valid.',
);

// Concurrency (§5.7).
/** 409 `OperationConflict`. */
export const operationConflict = defineError(
  409,
  'OperationConflict',
  () => 'Request was denied due to conflict with a previous request.',
);
/** 400 `TaskConflict`. */
export const taskConflict = defineError(
  400,
  'TaskConflict',
  () => 'The operation conflicts with a task in progress, please try again later.',
);
