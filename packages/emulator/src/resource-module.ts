import type { EffectFn, Lifecycle } from './lifecycle.ts';
import type { Store } from './store.ts';

/** Everything a handler may use for one request. */
export interface ActionContext {
  action: string;
  /** Decoded params (query ∪ form body), common params included. */
  params: Record<string, string>;
  requestId: string;
  accessKeyId: string;
  store: Store;
  lifecycle: Lifecycle;
  /** ResourceType (upper case) → store kind, for the tag actions. */
  tagKinds: ReadonlyMap<string, string>;
  /** New resource id `prefix-…` for a region. */
  newId: (prefix: string, regionId?: string) => string;
  /** Wall-clock time of the request. */
  now: Date;
}

/** One action: returns the response body without RequestId (lists already wrapped). */
export type ActionHandler = (ctx: ActionContext) => Record<string, unknown>;

/** What seed functions receive: deterministic ids and the store. */
export interface SeedContext {
  store: Store;
  newId: (prefix: string, regionId?: string) => string;
  now: Date;
  /** The regions the demo seed populates. */
  regionIds: readonly string[];
}

/** A resource family plugged into the registry through `src/resources/index.ts`. */
export interface ResourceModule {
  name: string;
  handlers: Record<string, ActionHandler>;
  /** TagResources `ResourceType` values (upper case) → store kind. */
  tagKinds?: Record<string, string>;
  /** Named completion effects for lifecycle transitions. */
  effects?: Record<string, EffectFn>;
  /** Adds this family's demo data; runs in list order, after the modules before it. */
  seed?: (ctx: SeedContext) => void;
}
