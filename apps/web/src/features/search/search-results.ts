import type { SearchQuery } from '@streamscape/web-api';

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
}

/** Flattens the per-kind connections of the search answer, kinds in the answer's order. */
export function searchHits(data: SearchQuery | undefined): SearchHit[] {
  if (!data) return [];
  return Object.values(data).flatMap((connection) =>
    connection && typeof connection === 'object' && 'edges' in connection
      ? connection.edges.map((e) => ({ id: e.node.id, name: e.node.name, kind: e.node.kind }))
      : [],
  );
}
