import { factDef, findKind, kebab, toFileEnum, toGraphEnum, type FactType } from '@streamscape/domain';
import type { FactRow } from '@streamscape/landscape';
import { factCypher as cypher } from './cypher/facts';
import { rows, type Tx } from './graph';
import { toJs } from './values';

/** Facts reach the graph in dependency order: a passage needs its work item, an incident its deployment. */
export const FACT_ORDER: readonly FactType[] = ['work-items', 'deployments', 'incidents', 'passages', 'measures'];

const ENUM_COLUMNS: Partial<Record<FactType, string[]>> = {
  'work-items': ['type', 'resolution'],
  deployments: ['status'],
};

/**
 * Writes batches of checked fact rows inside the caller's transaction. Duplicate links between work
 * items are held back until `finish`, since a duplicate may name a work item further down the file.
 */
export class FactWriter {
  private readonly duplicates: { id: string; duplicateOf: string }[] = [];

  constructor(private readonly tx: Tx) {}

  async write(type: FactType, batch: readonly FactRow[]): Promise<void> {
    const enums = ENUM_COLUMNS[type] ?? [];
    const prepared = batch.map((row) => {
      const out: Record<string, unknown> = { ...row };
      for (const c of enums) if (typeof row[c] === 'string') out[c] = toGraphEnum(row[c] as string);
      return out;
    });
    switch (type) {
      case 'work-items':
        await this.tx.run(cypher.workItems, { rows: prepared });
        for (const row of batch) if (row['duplicateOf']) this.duplicates.push({ id: row['id'] as string, duplicateOf: row['duplicateOf'] as string });
        return;
      case 'measures':
        return this.writeMeasures(prepared);
      default:
        await this.tx.run(cypher[type], { rows: prepared });
    }
  }

  async finish(batchSize = 5_000): Promise<void> {
    for (let i = 0; i < this.duplicates.length; i += batchSize) {
      await this.tx.run(cypher.duplicates, { rows: this.duplicates.slice(i, i + batchSize) });
    }
  }

  private async writeMeasures(batch: Record<string, unknown>[]): Promise<void> {
    const byLabel = new Map<string, Record<string, unknown>[]>();
    for (const row of batch) {
      const [kind, scopeId] = (row['scope'] as string).split(':');
      const scopeLabel = findKind(kind)!.label;
      const list = byLabel.get(scopeLabel) ?? [];
      list.push({ ...row, scopeId, key: `${row['scope']}|${row['metric']}|${row['at']}` });
      byLabel.set(scopeLabel, list);
    }
    for (const [scopeLabel, list] of byLabel) await this.tx.run(cypher.measures(scopeLabel), { rows: list });
  }
}

/** Which of these fact ids the graph already holds (for references to facts from earlier imports). */
export async function existingFactIds(tx: Tx, type: FactType, ids: readonly string[]): Promise<Set<string>> {
  const found = await rows<{ id: string }>(tx, cypher.existingIds(factDef(type).label), { ids });
  return new Set(found.map((r) => r.id));
}

/**
 * Streams the stored facts of one type in the file format's columns (enums in file spelling,
 * timestamps as ISO strings, absent values as null), without holding them all in memory.
 */
export async function streamFacts(tx: Tx, type: FactType, onRow: (row: Record<string, unknown>) => void | Promise<void>): Promise<number> {
  const enums = ENUM_COLUMNS[type] ?? [];
  let n = 0;
  for await (const record of tx.run(cypher.export[type])) {
    const row = toJs(record.toObject()) as Record<string, unknown>;
    for (const c of enums) if (typeof row[c] === 'string') row[c] = toFileEnum(row[c] as string);
    if (type === 'measures') {
      const { scopeLabel, scopeId, ...rest } = row;
      await onRow({ scope: `${kebab(scopeLabel as string)}:${scopeId}`, ...rest });
    } else {
      await onRow(row);
    }
    n++;
  }
  return n;
}
