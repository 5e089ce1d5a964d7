import type { ResourceModule } from '../resource-module.ts';
import { lookupResource } from './lookup.handlers.ts';

/**
 * Every resource family, in seed order. To add one: create `<name>.model.ts` and
 * `<name>.handlers.ts` (exporting a ResourceModule), then add it to this list.
 */
export const resourceModules: readonly ResourceModule[] = [lookupResource];
