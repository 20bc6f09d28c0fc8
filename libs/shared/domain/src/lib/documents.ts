import type { KindName } from './kinds';

export const API_VERSION = 'streamscape/v1';

/** One entity as written in a landscape file. */
export interface EntityDocument {
  apiVersion: typeof API_VERSION;
  kind: KindName;
  metadata: {
    id: string;
    name: string;
    description?: string;
    tags?: string[];
  };
  spec?: Record<string, unknown>;
}
