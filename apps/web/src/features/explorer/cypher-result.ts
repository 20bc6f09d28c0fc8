import type { ViewAttributeLike, ViewEdgeLike, ViewGraphLike, ViewNodeLike } from '@streamscape/web-graph';

/** What the console answers (docs/api.md, The Cypher console): values as JSON, in column order. */
export interface CypherResultLike {
  columns: readonly string[];
  rows: readonly (readonly unknown[] | null)[];
}

/** A node as the console sends it: `{id, labels, properties}` (id: the element id). */
export interface CypherNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
/** A relationship as the console sends it: `{id, type, start, end, properties}`. */
export interface CypherRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function isCypherNode(v: unknown): v is CypherNode {
  return (
    isRecord(v) &&
    typeof v['id'] === 'string' &&
    Array.isArray(v['labels']) &&
    isRecord(v['properties']) &&
    !('type' in v)
  );
}

export function isCypherRelationship(v: unknown): v is CypherRelationship {
  return (
    isRecord(v) &&
    typeof v['id'] === 'string' &&
    typeof v['type'] === 'string' &&
    typeof v['start'] === 'string' &&
    typeof v['end'] === 'string' &&
    isRecord(v['properties'])
  );
}

function isCypherPath(v: unknown): v is { nodes: unknown[]; relationships: unknown[] } {
  return (
    isRecord(v) &&
    Array.isArray(v['nodes']) &&
    Array.isArray(v['relationships']) &&
    Object.keys(v).length === 2
  );
}

/** The name a node goes by: its `name`, else its landscape `id`, else its first label. */
function nodeCaption(node: CypherNode): string {
  const { name, id } = node.properties;
  if (typeof name === 'string' && name) return name;
  if (typeof id === 'string' && id) return id;
  return node.labels[0] ?? 'node';
}

/** One cell as text: nodes as `(:Label name)`, relationships as `[:TYPE]`, paths by their length. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isCypherNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${nodeCaption(value)})`;
  if (isCypherRelationship(value)) return `[:${value.type}]`;
  if (isCypherPath(value)) {
    const nodes = value.nodes.filter(isCypherNode);
    return `path of ${value.relationships.length}: ${nodes.map(nodeCaption).join(' - ')}`;
  }
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  return JSON.stringify(value);
}

export interface CypherTable {
  columns: string[];
  rows: string[][];
}

/** The answer as text cells, one row per result row; a null row (which the API may send) is blank cells. */
export function toCypherTable(result: CypherResultLike): CypherTable {
  return {
    columns: [...result.columns],
    rows: result.rows.map((row) => result.columns.map((_, i) => cellText(row?.[i] ?? null))),
  };
}

/** Labels and types in the landscape's kind style: `ValueStream` -> `VALUE_STREAM`. */
export function toKind(label: string): string {
  return label
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

function attributesOf(properties: Record<string, unknown>): ViewAttributeLike[] {
  return Object.entries(properties).flatMap(([name, v]): ViewAttributeLike[] => {
    if (typeof v === 'number') return [{ name, value: v }];
    if (typeof v === 'boolean') return [{ name, value: v ? 1 : 0 }];
    if (typeof v === 'string') return [{ name, text: v }];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [{ name, text: v.join(', ') }];
    return [];
  });
}

/**
 * The nodes and relationships anywhere in the answer (in cells, lists, maps and paths), each once, as a view
 * graph; null when there are no nodes. A relationship whose ends were not returned is left out.
 */
export function toCypherGraph(result: CypherResultLike): ViewGraphLike | null {
  const nodes = new Map<string, ViewNodeLike>();
  const relationships = new Map<string, CypherRelationship>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (isCypherNode(value)) {
      if (!nodes.has(value.id)) {
        nodes.set(value.id, {
          id: value.id,
          kind: toKind(value.labels[0] ?? 'NODE'),
          label: nodeCaption(value),
          parent: null,
          attributes: attributesOf(value.properties),
        });
      }
      return;
    }
    if (isCypherRelationship(value)) {
      relationships.set(value.id, value);
      return;
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1);
  };
  for (const row of result.rows) visit(row ?? [], 0);
  if (nodes.size === 0) return null;
  const edges: ViewEdgeLike[] = [...relationships.values()]
    .filter((r) => nodes.has(r.start) && nodes.has(r.end))
    .map((r) => {
      const weight = r.properties['weight'];
      return {
        id: r.id,
        kind: r.type,
        label: r.type,
        source: r.start,
        target: r.end,
        weight: typeof weight === 'number' ? weight : 1,
        attributes: attributesOf(r.properties),
      };
    });
  return { nodes: [...nodes.values()], edges };
}

/** Parameters as the console takes them: empty text is none; anything but a JSON object is an error. */
export function parseParams(
  text: string,
): { ok: true; params: Record<string, unknown> | null } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, params: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Parameters are not valid JSON: ${(e as Error).message}` };
  }
  if (!isRecord(value)) return { ok: false, error: 'Parameters must be a JSON object, e.g. {"limit": 5}' };
  return { ok: true, params: value };
}
