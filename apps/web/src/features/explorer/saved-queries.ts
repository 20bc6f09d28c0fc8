/** Saved Cypher queries: name, text and parameters, kept in the browser (localStorage). */
export interface SavedQuery {
  name: string;
  query: string;
  /** JSON text of the parameters, '' for none */
  params: string;
}

export const SAVED_QUERIES_KEY = 'streamscape.explorer.saved-queries';

/** Useful first queries over the landscape graph (docs/api.md, product.md's model). */
export const EXAMPLE_QUERIES: readonly SavedQuery[] = [
  {
    name: 'Domains',
    query: 'MATCH (d:Domain)\nRETURN d.id AS id, d.name AS name, d.operatingMode AS mode\nORDER BY id',
    params: '',
  },
  {
    name: 'Most depended-on components',
    query:
      'MATCH (c:Component)<-[:DEPENDS_ON]-(user:Component)\nRETURN c.id AS component, count(user) AS dependents\nORDER BY dependents DESC, component\nLIMIT $limit',
    params: '{"limit": 10}',
  },
  {
    name: 'What a component depends on (graph)',
    query: 'MATCH p = (c:Component {id: $id})-[:DEPENDS_ON*1..3]->(:Component)\nRETURN p\nLIMIT 50',
    params: '{"id": "bcm-software"}',
  },
  {
    name: 'Teams and the components they own (graph)',
    query: 'MATCH (t:Team)-[o:OWNS]->(c:Component)\nRETURN t, o, c\nLIMIT 100',
    params: '',
  },
  {
    name: 'Integration points without a responsible',
    query:
      'MATCH (ip:IntegrationPoint)\nWHERE NOT (ip)<-[:RESPONSIBLE_FOR]-()\nRETURN ip.id AS id, ip.name AS name',
    params: '',
  },
];

function isSavedQuery(v: unknown): v is SavedQuery {
  if (typeof v !== 'object' || v === null) return false;
  const q = v as Record<string, unknown>;
  return typeof q['name'] === 'string' && typeof q['query'] === 'string' && typeof q['params'] === 'string';
}

/** The saved queries; the examples until the user saves or deletes one, and when what is stored is unreadable. */
export function loadSavedQueries(storage: Pick<Storage, 'getItem'> | null): SavedQuery[] {
  const raw = storage?.getItem(SAVED_QUERIES_KEY);
  if (raw == null) return [...EXAMPLE_QUERIES];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.filter(isSavedQuery);
  } catch {
    // a hand-edited or foreign value: start again from the examples
  }
  return [...EXAMPLE_QUERIES];
}

export function storeSavedQueries(storage: Pick<Storage, 'setItem'> | null, queries: readonly SavedQuery[]) {
  storage?.setItem(SAVED_QUERIES_KEY, JSON.stringify(queries));
}

/** Adds a query, or replaces the one of the same name (names are trimmed, compared in any case); sorted by name. */
export function upsertSavedQuery(queries: readonly SavedQuery[], entry: SavedQuery): SavedQuery[] {
  const name = entry.name.trim();
  if (!name) throw new Error('A saved query needs a name');
  const key = name.toLowerCase();
  return [...queries.filter((q) => q.name.trim().toLowerCase() !== key), { ...entry, name }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export function removeSavedQuery(queries: readonly SavedQuery[], name: string): SavedQuery[] {
  return queries.filter((q) => q.name !== name);
}
