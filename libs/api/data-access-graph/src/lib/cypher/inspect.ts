import { label, relType } from './identifiers';

export const inspectCypher = {
  labels: 'CALL db.labels() YIELD label RETURN label ORDER BY label',
  relationshipTypes:
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type ORDER BY type',
  /** single-label and single-type counts are answered from the count store, without a scan */
  countLabel: (l: string) => `MATCH (n:${label(l)}) RETURN count(n) AS count`,
  countType: (t: string) => `MATCH ()-[r:${relType(t)}]->() RETURN count(r) AS count`,
  allNodes:
    'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $bookkeeping) RETURN labels(n) AS labels, properties(n) AS props',
  allRelationships: `MATCH (a)-[r]->(b)
WHERE none(l IN labels(a) + labels(b) WHERE l IN $bookkeeping)
RETURN type(r) AS type, labels(a) AS fromLabels, properties(a) AS fromProps, labels(b) AS toLabels, properties(b) AS toProps, properties(r) AS props`,
} as const;
