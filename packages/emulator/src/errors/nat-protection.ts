import { defineError } from '../api-error.ts';

// Deletion protection (REFERENCE-2 §4.4, §6 rows 3–6): codes and statuses from the help-centre
// DeletionProtection and DeleteNatGateway pages; the typos in the delete message are verbatim.

/** 400 `DeletionProtection.ResourceNotExist`: an unknown instance (a 400, not a 404). */
export const deletionProtectionResourceNotExist = defineError(
  400,
  'DeletionProtection.ResourceNotExist',
  () => 'The resource is not exist.',
);
/** 400 `DeletionProtection.PrePaidNotSupport`: subscription instances cannot be protected. */
export const deletionProtectionPrePaidNotSupport = defineError(
  400,
  'DeletionProtection.PrePaidNotSupport',
  () => 'The prepaid resource is not support.',
);
/** 400 `DeletionProtection.TypeNotSupport`: a `Type` other than EIP, CBWP or NATGW. */
export const deletionProtectionTypeNotSupport = defineError(
  400,
  'DeletionProtection.TypeNotSupport',
  () => 'The resource is not support.',
);
/** 400 `DeletionProtection.AlreadyEnabled`: enabling twice is an error, not a no-op. */
export const deletionProtectionAlreadyEnabled = defineError(
  400,
  'DeletionProtection.AlreadyEnabled',
  () => 'The resource deletion protection is already enabled.',
);
/** 404 `DeletionProtection.NotExist`: disabling protection that is not on. */
export const deletionProtectionNotExist = defineError(
  404,
  'DeletionProtection.NotExist',
  () => 'The resource deletion protection is not found',
);
/** 400 `InvalidOperation.DeletionProtection`: DeleteNatGateway / ReleaseEipAddress while protected. */
export const invalidOperationDeletionProtection = defineError(
  400,
  'InvalidOperation.DeletionProtection',
  () => 'The instance cannnot delete because of deletion protecion.',
);
