import {
  factDef,
  findKindByRefName,
  kebab,
  toFileEnum,
  toGraphEnum,
  type FactType,
} from '@streamscape/domain';
import type { FactRow } from '@streamscape/landscape';
import { factCypher as cypher } from './cypher/facts';
import { rows, type Tx } from './graph';
import { toJs } from './values';

/** Facts reach the graph in dependency order: a passage needs its work item, an incident its deployment. */
export const FACT_ORDER: readonly FactType[] = [
  'work-items',
  'deployments',
  'incidents',
  'passages',
  'measures',
];

const ENUM_COLUMNS: Partial<Record<FactType, string[]>> = {
  'work-items': ['type', 'resolution'],
  deployments: ['status'],
};

export interface FactWriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What identifies a fact: its id, or for passages and measures the fields that make it unique. */
export function factKey(type: FactType, row: Record<string, unknown>): string | Record<string, unknown> {
  switch (type) {
    case 'passages':
      return { workItem: row['workItem'], stage: row['stage'], enteredAt: row['enteredAt'] };
    case 'measures':
      return `${row['scope']}|${row['metric']}|${row['at']}`;
    default:
      return row['id'] as string;
  }
}

const keyText = (type: FactType, row: Record<string, unknown>): string => {
  if (type !== 'passages') return factKey(type, row) as string;
  return `${row['workItem']}|${row['stage']}|${Date.parse(row['enteredAt'] as string)}`;
};

/**
 * Writes batches of checked fact rows. Rows equal to what the graph holds are skipped, so a re-import
 * changes nothing. With an `importId` (a journaled import, see import-journal.ts) every written fact is
 * marked with the import and, if it existed, with its previous file row, so the import can be undone.
 * Duplicate links between work items are held back until `finish`, as a duplicate may name a later row.
 */
export class FactWriter {
  private readonly duplicates: { id: string; duplicateOf: string }[] = [];
  readonly counts: Partial<Record<FactType, FactWriteCounts>> = {};

  constructor(private readonly importId?: string) {}

  async write(tx: Tx, type: FactType, batch: readonly FactRow[]): Promise<void> {
    const stored = await readStoredFacts(
      tx,
      type,
      batch.map((r) => factKey(type, r)),
    );
    const counts = (this.counts[type] ??= { created: 0, updated: 0, unchanged: 0 });
    const changed: FactRow[] = [];
    const marks: Record<string, unknown>[] = [];
    for (const row of batch) {
      const before = stored.get(keyText(type, row));
      if (before && sameFactRow(type, before, row)) {
        counts.unchanged++;
        continue;
      }
      if (before) counts.updated++;
      else counts.created++;
      changed.push(row);
      if (this.importId) {
        const key = factKey(type, row);
        const { _import: previousImport, ...previous } = before ?? {};
        marks.push({
          ...(typeof key === 'string' ? { id: key, key } : key),
          import: this.importId,
          prev: before ? JSON.stringify({ ...previous, _import: previousImport ?? null }) : null,
        });
      }
    }
    if (changed.length === 0) return;
    await this.writeRows(tx, type, changed);
    if (marks.length) await tx.run(cypher.mark[type], { marks });
  }

  async finish(tx: Tx, batchSize = 5_000): Promise<void> {
    for (let i = 0; i < this.duplicates.length; i += batchSize) {
      await tx.run(cypher.duplicates, { rows: this.duplicates.slice(i, i + batchSize) });
    }
    this.duplicates.length = 0;
  }

  /** Writes rows as they are, without comparing or marking (also used to restore previous rows). */
  async writeRows(tx: Tx, type: FactType, batch: readonly Record<string, unknown>[]): Promise<void> {
    const enums = ENUM_COLUMNS[type] ?? [];
    const prepared = batch.map((row) => {
      const out: Record<string, unknown> = { ...row };
      for (const c of enums) if (typeof row[c] === 'string') out[c] = toGraphEnum(row[c] as string);
      return out;
    });
    switch (type) {
      case 'work-items':
        await tx.run(cypher.workItems, { rows: prepared });
        for (const row of batch) {
          if (row['duplicateOf'])
            this.duplicates.push({ id: row['id'] as string, duplicateOf: row['duplicateOf'] as string });
        }
        return;
      case 'measures':
        return writeMeasures(tx, prepared);
      default:
        await tx.run(cypher[type], { rows: prepared });
    }
  }
}

async function writeMeasures(tx: Tx, batch: Record<string, unknown>[]): Promise<void> {
  const byLabel = new Map<string, Record<string, unknown>[]>();
  for (const row of batch) {
    const [refName, scopeId] = (row['scope'] as string).split(':');
    const scopeLabel = findKindByRefName(refName)!.label;
    const list = byLabel.get(scopeLabel) ?? [];
    list.push({ ...row, scopeId, key: factKey('measures', row) });
    byLabel.set(scopeLabel, list);
  }
  for (const [scopeLabel, list] of byLabel) await tx.run(cypher.measures(scopeLabel), { rows: list });
}

/** The stored facts with these keys, in file form, by key text. */
async function readStoredFacts(
  tx: Tx,
  type: FactType,
  keys: readonly unknown[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = await rows(tx, cypher.byKey[type], { keys });
  return new Map(
    found.map((record) => {
      const row = toFileRow(type, record);
      return [keyText(type, row), row];
    }),
  );
}

/** A record from a fact projection in file form: enums in file spelling, timestamps as ISO text, scope as a reference. */
export function toFileRow(type: FactType, record: Record<string, unknown>): Record<string, unknown> {
  const row = toJs(record) as Record<string, unknown>;
  for (const c of ENUM_COLUMNS[type] ?? [])
    if (typeof row[c] === 'string') row[c] = toFileEnum(row[c] as string);
  if (type !== 'measures') return row;
  const { scopeLabel, scopeId, ...rest } = row;
  return { scope: `${kebab(scopeLabel as string)}:${scopeId}`, ...rest };
}

/** Equal as facts: the same values in every column (timestamps compared as instants, numbers as numbers). */
export function sameFactRow(type: FactType, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return factDef(type).columns.every((c) => {
    const x = normalise(a[c.name], c.type);
    const y = normalise(b[c.name], c.type);
    return x === y;
  });
}

function normalise(v: unknown, type: string): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'datetime') return Date.parse(String(v));
  if (type === 'number') return Number(v);
  return String(v);
}

/**
 * Streams the stored facts of one type in the file format's columns (enums in file spelling,
 * timestamps as ISO strings, absent values as null), without holding them all in memory.
 */
export async function streamFacts(
  tx: Tx,
  type: FactType,
  onRow: (row: Record<string, unknown>) => void | Promise<void>,
): Promise<number> {
  let n = 0;
  for await (const record of tx.run(cypher.export[type])) {
    await onRow(toFileRow(type, record.toObject()));
    n++;
  }
  return n;
}

/** Which of these fact ids the graph already holds (for references to facts from earlier imports). */
export async function existingFactIds(tx: Tx, type: FactType, ids: readonly string[]): Promise<Set<string>> {
  const found = await rows<{ id: string }>(tx, cypher.existingIds(factDef(type).label), { ids });
  return new Set(found.map((r) => r.id));
}
