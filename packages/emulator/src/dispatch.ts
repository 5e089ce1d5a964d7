import type { EffectFn } from './lifecycle.ts';
import type { ActionHandler, ResourceModule } from './resource-module.ts';

/** Action → handler, plus the tag kinds and effects every module contributed. */
export interface Registry {
  actions: ReadonlyMap<string, ActionHandler>;
  tagKinds: ReadonlyMap<string, string>;
  effects: ReadonlyMap<string, EffectFn>;
  modules: readonly ResourceModule[];
}

/** Builds the registry; a duplicate action or tag type is a programming error. */
export function buildRegistry(modules: readonly ResourceModule[]): Registry {
  const actions = new Map<string, ActionHandler>();
  const tagKinds = new Map<string, string>();
  const effects = new Map<string, EffectFn>();
  for (const m of modules) {
    for (const [action, handler] of Object.entries(m.handlers)) {
      if (actions.has(action)) throw new Error(`action ${action} registered twice (${m.name})`);
      actions.set(action, handler);
    }
    for (const [type, kind] of Object.entries(m.tagKinds ?? {})) {
      if (tagKinds.has(type.toUpperCase())) throw new Error(`tag type ${type} registered twice`);
      tagKinds.set(type.toUpperCase(), kind);
    }
    for (const [name, fn] of Object.entries(m.effects ?? {})) {
      if (effects.has(name)) throw new Error(`effect ${name} registered twice (${m.name})`);
      effects.set(name, fn);
    }
  }
  return { actions, tagKinds, effects, modules };
}

/** Read-only actions: they never persist and they count towards manual-mode advances. */
export function isReadOnly(action: string): boolean {
  return action.startsWith('Describe') || action.startsWith('List');
}
