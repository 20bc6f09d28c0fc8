import { createHash } from 'node:crypto';
import { inspectCypher as cypher } from './cypher/inspect';
import { rows, type Tx } from './graph';
import { toJs, toSafeNumber } from './values';

/**
 * Labels the database keeps for itself, not landscape content: schema versions, the import journal and the
 * metric rollups (derived from the facts). Counts and fingerprints leave them out.
 */
export const BOOKKEEPING: readonly string[] = [
  'SchemaMigration',
  'Import',
  'MetricsRollup',
  'MetricsStageWeek',
  'MetricsStreamWeek',
  'MetricsRouteWeek',
  // the audit trail (src/audit) records changes, it is not landscape content
  'AuditEvent',
  // portfolio reviews (src/reviews) freeze the landscape; they are runtime records, not landscape content
  'Review',
  'Snapshot',
];

export interface GraphStats {
  readonly nodes: Record<string, number>;
  readonly relationships: Record<string, number>;
}

/** Node counts per label and relationship counts per type (from the count store: cheap on any size). */
export async function graphStats(tx: Tx): Promise<GraphStats> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const { label } of await rows<{ label: string }>(tx, cypher.labels)) {
    if (BOOKKEEPING.includes(label)) continue;
    const [{ count }] = await rows<{ count: unknown }>(tx, cypher.countLabel(label));
    if (toSafeNumber(count, label) > 0) nodes[label] = toSafeNumber(count, label);
  }
  for (const { type } of await rows<{ type: string }>(tx, cypher.relationshipTypes)) {
    const [{ count }] = await rows<{ count: unknown }>(tx, cypher.countType(type));
    if (toSafeNumber(count, type) > 0) relationships[type] = toSafeNumber(count, type);
  }
  return { nodes, relationships };
}

/**
 * A hash of the whole graph's content (labels, properties, relationships with their ends and
 * properties), independent of internal ids and order; bookkeeping nodes are left out. Reads everything: for tests and small graphs.
 */
export async function graphFingerprint(tx: Tx): Promise<string> {
  const line = (v: unknown) => JSON.stringify(sortDeep(toJs(v)));
  const nodes = (await rows(tx, cypher.allNodes, { bookkeeping: BOOKKEEPING })).map(line).sort();
  const rels = (await rows(tx, cypher.allRelationships, { bookkeeping: BOOKKEEPING })).map(line).sort();
  const hash = createHash('sha256');
  for (const l of [...nodes, '--', ...rels]) hash.update(l + '\n');
  return hash.digest('hex');
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortDeep(x)]),
    );
  }
  return typeof v === 'bigint' ? v.toString() : v;
}
