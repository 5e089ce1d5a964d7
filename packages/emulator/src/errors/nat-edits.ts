import { defineError } from '../api-error.ts';

// SNAT/DNAT edits, EIP edits and DeleteNatGateway's documented codes (REFERENCE-2 §4.1, §4.2,
// §4.10, §6 rows 1–2).

/** 404 `IncorrectStatus.NatGateway` (sic 404, message just the ID): DeleteNatGateway in a wrong state. */
export const incorrectStatusNatGatewayOnDelete = defineError(
  404,
  'IncorrectStatus.NatGateway',
  (id: string) => id,
);
/** 400 `InvalidParameter`: a Bandwidth outside the EIP's charge type range (REFERENCE-2 §4.10). */
export const bandwidthNotSupported = defineError(
  400,
  'InvalidParameter',
  () => 'Specified value of "Bandwidth" is not supported.',
);
