import { basename, extname } from 'node:path';
import { FACT_DEFS, factDef, type FactType } from '@streamscape/domain';
import {
  beginJournaledImport,
  existingEntityKeys,
  existingFactIds,
  FACT_ORDER,
  FactWriter,
  finishJournaledImport,
  heartbeat,
  noEntityChanges,
  readRollupState,
  recoverInterruptedImports,
  refreshPerformanceRollups,
  rollbackJournaledImport,
  writeEntities,
  type EntityChanges,
  type FactWriteCounts,
  type Graph,
  type ImportMode,
  type RollupReport,
  importAuditEvent,
  recordAuditEvent,
  type AuditActor,
} from '@streamscape/graph';
import {
  FACT_EXTENSIONS,
  FactChecker,
  displayPath,
  factTypeOf,
  listLandscapeFiles,
  loadSources,
  readFactRows,
  validateDocuments,
  type Entity,
  type FactContext,
  type FactRow,
  type Problem,
  type SourceDocument,
} from '@streamscape/landscape';
import {
  kindOfSheet,
  readKindCsvFile,
  readWorkbookFile,
  withoutReportedCells,
  WORKBOOK_EXTENSIONS,
} from './spreadsheet';

export type ImportProgress =
  | { phase: 'validate'; file: string; rows: number }
  | { phase: 'write'; file: string; rows: number; totalRows: number }
  | { phase: 'rollups' };

export interface ImportOptions {
  readonly mode?: ImportMode;
  /** rows per write statement */
  readonly batchSize?: number;
  /**
   * Up to this many fact rows an import is one transaction; beyond, it commits in batches under the
   * import journal, which keeps it all or nothing (a transaction's size is bounded by the database heap).
   */
  readonly singleTransactionLimit?: number;
  /** check only: report problems, write nothing */
  readonly dryRun?: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * Bring the performance rollups in line after a successful import (default true). They are derived data,
   * written after the import commits; while they are refreshed the views read the facts instead.
   */
  readonly rollups?: boolean;
  /** for relative file names in problems */
  readonly cwd?: string;
  /** who imports: the import is recorded in the audit trail, in its transaction (docs/security.md) */
  readonly audit?: AuditActor;
}

export interface ImportSummary {
  readonly files: { readonly landscape: number; readonly facts: number };
  readonly entities: EntityChanges & { readonly total: number };
  /** fact rows in the files, by type */
  readonly facts: Partial<Record<FactType, number>>;
  /** what writing them did, by type */
  readonly factChanges: Partial<Record<FactType, FactWriteCounts>>;
  /** committed in batches under the import journal, rather than in one transaction */
  readonly journaled: boolean;
  /** the refresh of the performance rollups after the import; null when skipped (nothing changed, dry run, or disabled) */
  readonly rollups: RollupReport | null;
  readonly durationMs: number;
}

export const SINGLE_TRANSACTION_LIMIT = 150_000;

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: Problem[] };

interface FactFile {
  readonly path: string;
  readonly name: string;
  readonly type: FactType;
}

/**
 * Imports landscape files and fact files as one change: everything is validated first (every problem
 * reported, nothing written), then written in a single transaction, so the graph afterwards holds either
 * the whole import or none of it. Importing the same files again changes nothing.
 */
interface Plan {
  readonly landscapeFiles: readonly string[];
  readonly factFiles: readonly FactFile[];
  readonly entities: readonly Entity[];
  readonly factCounts: Partial<Record<FactType, number>>;
  readonly context: FactContext;
}

/**
 * Checks landscape and fact files without a database: references must resolve within the files.
 * Every problem is reported at once.
 */
export async function validateLandscape(
  paths: readonly string[],
  options: Pick<ImportOptions, 'cwd' | 'onProgress'> = {},
): Promise<{ ok: true; plan: Plan } | { ok: false; problems: Problem[] }> {
  return prepare(null, paths, 'replace', options);
}

async function prepare(
  graph: Graph | null,
  paths: readonly string[],
  mode: ImportMode,
  options: ImportOptions,
): Promise<{ ok: true; plan: Plan } | { ok: false; problems: Problem[] }> {
  const cwd = options.cwd ?? process.cwd();
  const isWorkbook = (f: string) => WORKBOOK_EXTENSIONS.includes(extname(f).toLowerCase());
  const files = (await listLandscapeFiles(paths, [...FACT_EXTENSIONS, ...WORKBOOK_EXTENSIONS]))
    // Excel's lock file of an open workbook (`~$landscape.xlsx`) is not a landscape
    .filter((f) => !(isWorkbook(f) && basename(f).startsWith('~$')));
  const landscapeFiles = files.filter((f) => !FACT_EXTENSIONS.includes(extname(f)));
  const factFiles: FactFile[] = [];
  const problems: Problem[] = [];
  // a CSV named after a kind (team.csv) holds entities, one sheet of a workbook saved as CSV
  const kindCsvs: { path: string; name: string }[] = [];
  for (const path of files.filter((f) => FACT_EXTENSIONS.includes(extname(f)))) {
    const type = factTypeOf(path);
    const name = displayPath(path, cwd);
    if (type) factFiles.push({ path, name, type });
    else if (extname(path) === '.csv' && kindOfSheet(basename(path, '.csv'))) kindCsvs.push({ path, name });
    else
      problems.push({
        file: name,
        reason: `neither a fact file (its name starts with one of ${FACT_DEFS.map((d) => d.type).join(', ')}) nor a kind's CSV (team.csv, value-stream.csv, ...)`,
      });
  }
  factFiles.sort(
    (a, b) => FACT_ORDER.indexOf(a.type) - FACT_ORDER.indexOf(b.type) || a.name.localeCompare(b.name),
  );

  const sources = await loadSources(
    landscapeFiles.filter((f) => !isWorkbook(f)),
    cwd,
  );
  problems.push(...sources.problems);
  const documents: SourceDocument[] = [...sources.documents];
  const cellProblems: Problem[] = [];
  for (const path of landscapeFiles.filter(isWorkbook)) {
    const workbook = await readWorkbookFile(path, displayPath(path, cwd));
    documents.push(...workbook.documents);
    cellProblems.push(...workbook.problems);
  }
  for (const { path, name } of kindCsvs) {
    const sheet = (await readKindCsvFile(path, name))!;
    documents.push(...sheet.documents);
    cellProblems.push(...sheet.problems);
  }
  problems.push(...cellProblems);
  // in merge mode, references may point at what the graph already holds; replace mode keeps only the files
  const inGraph =
    graph && mode === 'merge'
      ? await graph.read('import: existing entities', existingEntityKeys)
      : new Set<string>();
  const validation = validateDocuments(documents, { known: inGraph });
  problems.push(...withoutReportedCells(validation.problems, cellProblems));

  const known = new Set([...inGraph, ...validation.entities.map((e) => `${e.kind}:${e.id}`)]);
  const context = { hasEntity: (key: string) => known.has(key) };
  // facts are checked against the entities, so only once those are sound
  const factCounts =
    validation.problems.length === 0 ? await checkFacts(graph, factFiles, context, problems, options) : {};
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    plan: { landscapeFiles, factFiles, entities: validation.entities, factCounts, context },
  };
}

/**
 * Imports landscape files and fact files as one change: everything is validated first (every problem
 * reported, nothing written), then written in a single transaction, so the graph afterwards holds either
 * the whole import or none of it. Importing the same files again changes nothing.
 */
export async function importLandscape(
  graph: Graph,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const started = Date.now();
  const mode = options.mode ?? 'merge';
  const batchSize = options.batchSize ?? 2_000;
  const prepared = await prepare(graph, paths, mode, options);
  if (!prepared.ok) return prepared;
  const { landscapeFiles, factFiles, entities, factCounts, context } = prepared.plan;
  const totalRows = Object.values(factCounts).reduce((a, b) => a + (b ?? 0), 0);
  const summary = (
    changes: EntityChanges,
    writer: FactWriter | null,
    journaled: boolean,
    rollups: RollupReport | null = null,
  ): ImportSummary => ({
    files: { landscape: landscapeFiles.length, facts: factFiles.length },
    entities: { ...changes, total: entities.length },
    facts: factCounts,
    factChanges: writer?.counts ?? {},
    journaled,
    rollups,
    durationMs: Date.now() - started,
  });
  if (options.dryRun) {
    return { ok: true, summary: summary(noEntityChanges(), null, false) };
  }
  const withRollups = async (changes: EntityChanges, writer: FactWriter, journaled: boolean) => {
    const rollups =
      options.rollups !== false && (await rollupsStale(graph, changes, writer))
        ? (options.onProgress?.({ phase: 'rollups' }), await refreshPerformanceRollups(graph))
        : null;
    return { ok: true as const, summary: summary(changes, writer, journaled, rollups) };
  };

  const journaled = totalRows > (options.singleTransactionLimit ?? SINGLE_TRANSACTION_LIMIT);
  const writer = new FactWriter();
  let written = 0;
  // streams the fact files again (they were checked a moment ago) and hands batches to `write`
  const writeFacts = async (write: (type: FactType, batch: FactRow[]) => Promise<void>) => {
    const checker = new FactChecker(context);
    for (const file of factFiles) {
      let batch: FactRow[] = [];
      const flush = async () => {
        await write(file.type, batch);
        written += batch.length;
        batch = [];
        options.onProgress?.({ phase: 'write', file: file.name, rows: written, totalRows });
      };
      for await (const raw of readFactRows(file.path)) {
        const row = checker.check(factDef(file.type), file.name, raw);
        if (!row) throw new Error(`${file.name}:${raw.line} changed while it was being imported`);
        batch.push(row);
        if (batch.length >= batchSize) await flush();
      }
      if (batch.length) await flush();
    }
  };

  if (!journaled) {
    const changes = await graph.transaction(`import (${mode})`, async (tx) => {
      const entityChanges = await writeEntities(tx, entities, mode);
      await writeFacts((type, batch) => writer.write(tx, type, batch));
      await writer.finish(tx, batchSize);
      if (options.audit) {
        await recordAuditEvent(
          tx,
          importAuditEvent(options.audit, mode, entities, { ...entityChanges, facts: factCounts }),
        );
      }
      return entityChanges;
    });
    return withRollups(changes, writer, false);
  }

  const recovered = await recoverInterruptedImports(graph);
  if (recovered.active.length) {
    const other = recovered.active[0];
    throw new Error(
      `another import is running (${other.id}, started ${other.startedAt} by pid ${other.pid} on ${other.host}); try again when it is done`,
    );
  }
  const { id, changes } = await beginJournaledImport(graph, entities, mode);
  const journalWriter = new FactWriter(id);
  try {
    await writeFacts((type, batch) =>
      graph.transaction(`import ${id}: ${type}`, async (tx) => {
        await journalWriter.write(tx, type, batch);
        await heartbeat(tx, id);
      }),
    );
    await graph.transaction(`import ${id}: duplicates`, (tx) => journalWriter.finish(tx, batchSize));
    await finishJournaledImport(graph, id);
    if (options.audit) {
      const event = importAuditEvent(options.audit, mode, entities, {
        ...changes,
        facts: factCounts,
        journal: id,
      });
      await graph.write('audit: import', (tx) => recordAuditEvent(tx, event));
    }
  } catch (error) {
    // best effort now; if the database is gone, the next import rolls it back
    await rollbackJournaledImport(graph, id).catch(() => undefined);
    throw error;
  }
  return withRollups(changes, journalWriter, true);
}

/** Rollups need a refresh when the import changed anything (stage orders count too) or none are stored. */
async function rollupsStale(graph: Graph, changes: EntityChanges, writer: FactWriter): Promise<boolean> {
  const changed =
    changes.created +
      changes.updated +
      changes.deleted +
      changes.relationshipsCreated +
      changes.relationshipsDeleted >
      0 || Object.values(writer.counts).some((c) => (c?.created ?? 0) + (c?.updated ?? 0) > 0);
  return changed || (await graph.read('metrics: rollup state', readRollupState)) === null;
}

/** The validation pass over the fact files: streams every row once, adds what is wrong to `problems`. */
async function checkFacts(
  graph: Graph | null,
  factFiles: readonly FactFile[],
  context: FactContext,
  problems: Problem[],
  options: ImportOptions,
): Promise<Partial<Record<FactType, number>>> {
  const checker = new FactChecker(context);
  for (const file of factFiles) {
    let n = 0;
    for await (const raw of readFactRows(file.path)) {
      checker.check(factDef(file.type), file.name, raw);
      if (++n % 10_000 === 0) options.onProgress?.({ phase: 'validate', file: file.name, rows: n });
      if (checker.full) break;
    }
    options.onProgress?.({ phase: 'validate', file: file.name, rows: n });
  }
  const existing = new Map<FactType, Set<string>>();
  for (const [type, ids] of checker.unresolved()) {
    const found = graph
      ? await graph.read('import: existing facts', (tx) => existingFactIds(tx, type, ids))
      : new Set<string>();
    existing.set(type, found);
  }
  checker.finish(existing);
  problems.push(...checker.problems);
  return Object.fromEntries(checker.counts);
}
