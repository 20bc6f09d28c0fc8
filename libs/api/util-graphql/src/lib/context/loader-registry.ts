import DataLoader from 'dataloader';

/** A named batch function: one registry per request turns it into that request's DataLoader. */
export interface LoaderDefinition<K, V, C = K> {
  readonly name: string;
  readonly batch: DataLoader.BatchLoadFn<K, V>;
  readonly options?: DataLoader.Options<K, V, C>;
}

/**
 * Defines a loader once (in a service, where the batch function can reach the graph); resolvers ask the
 * request's registry for it: `loaders.get(this.teams.componentsOfTeam).load(teamId)`.
 */
export function defineLoader<K, V, C = K>(
  name: string,
  batch: DataLoader.BatchLoadFn<K, V>,
  options?: DataLoader.Options<K, V, C>,
): LoaderDefinition<K, V, C> {
  return Object.freeze({ name, batch, ...(options ? { options } : {}) });
}

/**
 * The DataLoaders of one request, created on first use. A new registry per request means batches never
 * mix principals and cached values never outlive the request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<
    string,
    { definition: LoaderDefinition<unknown, unknown, unknown>; loader: DataLoader<unknown, unknown, unknown> }
  >();

  get<K, V, C = K>(definition: LoaderDefinition<K, V, C>): DataLoader<K, V, C> {
    const entry = this.loaders.get(definition.name);
    if (entry) {
      if (entry.definition !== (definition as LoaderDefinition<unknown, unknown, unknown>)) {
        throw new Error(`Two different loaders are named "${definition.name}"`);
      }
      return entry.loader as DataLoader<K, V, C>;
    }
    const loader = new DataLoader<K, V, C>(definition.batch, definition.options);
    this.loaders.set(definition.name, {
      definition: definition as LoaderDefinition<unknown, unknown, unknown>,
      loader: loader as DataLoader<unknown, unknown, unknown>,
    });
    return loader;
  }

  /** names of the loaders this request has used (for tests and debugging) */
  get names(): string[] {
    return [...this.loaders.keys()];
  }
}
