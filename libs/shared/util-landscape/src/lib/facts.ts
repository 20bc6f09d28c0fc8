import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import {
  FACT_DEFS,
  FACT_TYPES,
  formatRef,
  ID_PATTERN,
  KIND_NAMES,
  parseRef,
  refKey,
  type FactColumnDef,
  type FactType,
  type FactTypeDef,
} from '@streamscape/domain';
import type { Problem } from './problems';

export const FACT_EXTENSIONS = ['.csv', '.ndjson', '.jsonl'];

/** A fact file's type is the start of its name: `work-items.csv`, `passages.2026-q1.ndjson`. */
export function factTypeOf(path: string): FactType | undefined {
  const name = basename(path).split('.')[0];
  return (FACT_TYPES as readonly string[]).includes(name) ? (name as FactType) : undefined;
}

export interface RawFactRow {
  /** 1-based line in the file where the row starts */
  readonly line: number;
  readonly values: Record<string, unknown>;
}

/** Streams the rows of a CSV (header row first) or NDJSON file without holding the file in memory. */
export async function* readFactRows(path: string): AsyncGenerator<RawFactRow> {
  if (extname(path) === '.csv') {
    const parser = createReadStream(path).pipe(
      parse({
        columns: true,
        skip_empty_lines: true,
        info: true,
        trim: true,
        bom: true,
        relax_column_count: false,
      }),
    );
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield { line: info.lines, values: record };
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    let values: unknown;
    try {
      values = JSON.parse(text);
    } catch (error) {
      yield { line: n, values: { [PARSE_ERROR]: (error as Error).message } };
      continue;
    }
    yield { line: n, values: (values ?? {}) as Record<string, unknown> };
  }
}

const PARSE_ERROR = '__parseError';

/** A fact row checked and typed: values ready for the graph (timestamps as ISO strings, numbers as numbers). */
export type FactRow = Record<string, string | number | null>;

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface FactContext {
  /** entity keys (`Kind:id`) that exist, in the files or the graph */
  hasEntity(key: string): boolean;
}

/**
 * Checks fact rows one at a time, remembering ids so that duplicates within the import and references
 * between facts (a passage's work item, an incident's deployment) can be checked. References to facts
 * that are not in the import are collected for the caller to look up in the graph.
 */
export class FactChecker {
  readonly problems: Problem[] = [];
  readonly counts = new Map<FactType, number>();
  private readonly ids = new Map<FactType, Set<string>>();
  private readonly pendingRefs = new Map<
    FactType,
    Map<string, { file: string; line: number; column: string }>
  >();
  private readonly maxProblems: number;

  constructor(
    private readonly context: FactContext,
    options: { maxProblems?: number } = {},
  ) {
    this.maxProblems = options.maxProblems ?? 1_000;
  }

  get full(): boolean {
    return this.problems.length >= this.maxProblems;
  }

  check(def: FactTypeDef, file: string, raw: RawFactRow): FactRow | undefined {
    const report = (column: string | undefined, reason: string) => {
      if (!this.full)
        this.problems.push({ file, line: raw.line, ...(column ? { field: column } : {}), reason });
    };
    if (PARSE_ERROR in raw.values) {
      report(undefined, `not valid JSON: ${raw.values[PARSE_ERROR]}`);
      return undefined;
    }
    const row: FactRow = {};
    let ok = true;
    const known = new Set(def.columns.map((c) => c.name));
    for (const key of Object.keys(raw.values)) {
      if (!known.has(key)) {
        report(key, `unknown column (${def.type} has ${def.columns.map((c) => c.name).join(', ')})`);
        ok = false;
      }
    }
    for (const column of def.columns) {
      const value = raw.values[column.name];
      const empty = value === undefined || value === null || value === '';
      if (empty) {
        if (column.required) {
          report(column.name, 'missing required value');
          ok = false;
        }
        row[column.name] = null;
        continue;
      }
      const checked = this.value(column, value, file, raw.line);
      if (typeof checked === 'object' && checked !== null && 'problem' in checked) {
        report(column.name, checked.problem);
        ok = false;
      } else {
        row[column.name] = checked;
      }
    }
    for (const group of def.oneOf ?? []) {
      const present = group.filter((c) => row[c] !== null);
      if (present.length !== 1) {
        report(
          group.join('/'),
          `exactly one of ${group.join(' or ')} is required, found ${present.length ? present.join(' and ') : 'none'}`,
        );
        ok = false;
      }
    }
    if (ok && typeof row['id'] === 'string') {
      const seen = this.ids.get(def.type) ?? new Set<string>();
      this.ids.set(def.type, seen);
      if (seen.has(row['id'])) {
        report('id', `duplicate id "${row['id']}" in the ${def.type} of this import`);
        ok = false;
      }
      seen.add(row['id']);
    }
    if (!ok) return undefined;
    this.counts.set(def.type, (this.counts.get(def.type) ?? 0) + 1);
    return row;
  }

  /**
   * References to facts that the import itself does not contain, by fact type: the caller looks them up
   * in the graph and passes those that exist to `finish`.
   */
  unresolved(): Map<FactType, string[]> {
    const out = new Map<FactType, string[]>();
    for (const [type, refs] of this.pendingRefs) {
      const ids = [...refs.keys()].filter((id) => !this.ids.get(type)?.has(id));
      if (ids.length) out.set(type, ids);
    }
    return out;
  }

  /** Reports the fact references that resolve neither in the import nor in the graph. */
  finish(existing: ReadonlyMap<FactType, ReadonlySet<string>>): void {
    for (const [type, refs] of this.pendingRefs) {
      for (const [id, at] of refs) {
        if (this.ids.get(type)?.has(id) || existing.get(type)?.has(id)) continue;
        if (!this.full) {
          this.problems.push({
            file: at.file,
            line: at.line,
            field: at.column,
            reason: `dangling reference: no ${singular(type)} with id "${id}"`,
          });
        }
      }
    }
  }

  private value(
    column: FactColumnDef,
    value: unknown,
    file: string,
    line: number,
  ): string | number | { problem: string } {
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    if (text === undefined)
      return { problem: `expected a text or number value, got ${JSON.stringify(value)}` };
    switch (column.type) {
      case 'id':
        return ID_PATTERN.test(text) ? text : { problem: `"${text}" is not a valid id ([a-z0-9][a-z0-9-]*)` };
      case 'string':
        return text;
      case 'number': {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : { problem: `"${text}" is not a number` };
      }
      case 'datetime':
        return DATETIME.test(text) && !Number.isNaN(Date.parse(text))
          ? text
          : { problem: `"${text}" is not an ISO 8601 date-time (e.g. 2026-03-04T09:15:00Z)` };
      case 'enum':
        return column.enum!.includes(text) ? text : { problem: `must be one of ${column.enum!.join(', ')}` };
      case 'entity-ref': {
        const parsed = parseRef(text, column.targets ?? KIND_NAMES);
        if (!parsed.ok) return { problem: parsed.reason };
        if (!this.context.hasEntity(refKey(parsed.ref))) {
          return { problem: `dangling reference: no ${parsed.ref.kind} with id "${parsed.ref.id}"` };
        }
        // a reference to one kind is kept as its id; to any kind, as kind:id, the way files write it
        return formatRef(parsed.ref, column.targets ?? KIND_NAMES);
      }
      case 'fact-ref': {
        if (!ID_PATTERN.test(text)) return { problem: `"${text}" is not a valid id` };
        // facts are read in dependency order (work items before passages), so most references resolve here
        if (!this.ids.get(column.fact!)?.has(text)) {
          const refs = this.pendingRefs.get(column.fact!) ?? new Map();
          if (!refs.has(text)) refs.set(text, { file, line, column: column.name });
          this.pendingRefs.set(column.fact!, refs);
        }
        return text;
      }
    }
  }
}

const singular = (type: FactType) => FACT_DEFS.find((d) => d.type === type)!.label;
