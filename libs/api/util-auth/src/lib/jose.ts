import type * as Jose from 'jose/dist/types/index';

export type { Jose };

// jose 6 ships ES modules only and the workspace resolves modules the Node 10 way (no `exports`): the
// types come from their file, the code is loaded on first use (Node >= 20.19 can require it). Loading it
// lazily also spares every library that imports the API's utilities from loading jose in its tests.
const JOSE = 'jose';
let loaded: Promise<typeof Jose> | undefined;

/** The jose module, loaded once. */
export function jose(): Promise<typeof Jose> {
  loaded ??= import(JOSE) as Promise<typeof Jose>;
  return loaded;
}
