import {
  EXAMPLE_QUERIES,
  loadSavedQueries,
  removeSavedQuery,
  SAVED_QUERIES_KEY,
  storeSavedQueries,
  upsertSavedQuery,
  type SavedQuery,
} from './saved-queries';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

const q = (name: string, query = 'RETURN 1', params = ''): SavedQuery => ({ name, query, params });

describe('saved queries', () => {
  it('starts with the examples, with or without a storage', () => {
    expect(loadSavedQueries(memoryStorage())).toEqual(EXAMPLE_QUERIES);
    expect(loadSavedQueries(null)).toEqual(EXAMPLE_QUERIES);
    expect(EXAMPLE_QUERIES.length).toBeGreaterThanOrEqual(3);
    // the examples with parameters must parse: the console refuses anything else
    for (const e of EXAMPLE_QUERIES) if (e.params) expect(() => JSON.parse(e.params)).not.toThrow();
  });

  it('round-trips through the storage, and keeps an emptied list empty', () => {
    const storage = memoryStorage();
    storeSavedQueries(storage, [q('Mine')]);
    expect(loadSavedQueries(storage)).toEqual([q('Mine')]);
    storeSavedQueries(storage, []);
    expect(loadSavedQueries(storage)).toEqual([]);
  });

  it('falls back to the examples when what is stored is unreadable, and drops malformed entries', () => {
    expect(loadSavedQueries(memoryStorage({ [SAVED_QUERIES_KEY]: '{nope' }))).toEqual(EXAMPLE_QUERIES);
    expect(loadSavedQueries(memoryStorage({ [SAVED_QUERIES_KEY]: '{"a":1}' }))).toEqual(EXAMPLE_QUERIES);
    const mixed = JSON.stringify([q('Good'), { name: 'Bad', query: 3 }, null]);
    expect(loadSavedQueries(memoryStorage({ [SAVED_QUERIES_KEY]: mixed }))).toEqual([q('Good')]);
  });

  it('replaces a query of the same name in any case, trims names and sorts by name', () => {
    const list = upsertSavedQuery([q('Teams'), q('Domains')], q('  domains ', 'MATCH (d:Domain) RETURN d'));
    expect(list).toEqual([q('domains', 'MATCH (d:Domain) RETURN d'), q('Teams')]);
    expect(() => upsertSavedQuery(list, q('  '))).toThrow('needs a name');
  });

  it('removes by name', () => {
    expect(removeSavedQuery([q('A'), q('B')], 'A')).toEqual([q('B')]);
  });
});
