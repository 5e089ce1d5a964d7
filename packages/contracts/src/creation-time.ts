import { z } from 'zod';

/** `creationTime` (ISO 8601) on a resource that used another name before; always sent. */
export const creationTimeSchema = z
  .string()
  .meta({ description: 'Creation time (ISO 8601); the one name across resources' });

/** A pre-`creationTime` name kept in bodies for the scripts that read it: the same value. */
export const deprecatedTimeAlias = () =>
  z.string().meta({ description: 'Deprecated: use creationTime', deprecated: true });
