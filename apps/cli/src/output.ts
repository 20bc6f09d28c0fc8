import { SingleBar, Presets } from 'cli-progress';
import { formatProblem, type Problem } from '@streamscape/landscape';
import type { ImportProgress, ImportSummary } from '@streamscape/landscape-io';

export const say = (line: string) => process.stdout.write(`${line}\n`);

export function printProblems(problems: readonly Problem[]) {
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n`);
  for (const p of problems) process.stderr.write(`  ${formatProblem(p)}\n`);
}

/** A progress bar on a terminal; a few plain lines elsewhere (CI logs, pipes). */
export function progressReporter(): (p: ImportProgress) => void {
  const tty = process.stderr.isTTY === true;
  let bar: SingleBar | undefined;
  let lastFile = '';
  return (p) => {
    if (p.phase === 'validate') {
      if (p.file !== lastFile && !tty) process.stderr.write(`checking ${p.file}\n`);
      lastFile = p.file;
      return;
    }
    if (p.phase === 'rollups') {
      bar?.stop();
      process.stderr.write('refreshing the performance rollups\n');
      return;
    }
    if (!tty) {
      if (p.rows === p.totalRows)
        process.stderr.write(`wrote ${p.totalRows.toLocaleString('en')} fact rows\n`);
      return;
    }
    if (!bar) {
      bar = new SingleBar(
        {
          format: 'writing facts [{bar}] {percentage}% | {value}/{total} rows | {file}',
          stream: process.stderr,
        },
        Presets.shades_classic,
      );
      bar.start(p.totalRows, 0, { file: p.file });
    }
    bar.update(p.rows, { file: p.file });
    if (p.rows >= p.totalRows) bar.stop();
  };
}

export function summaryLines(s: ImportSummary, dryRun: boolean): string[] {
  const e = s.entities;
  const facts = Object.entries(s.facts).map(([type, n]) => `${(n ?? 0).toLocaleString('en')} ${type}`);
  const lines = [
    `${dryRun ? 'Valid (dry run, nothing written)' : 'Imported'}: ${e.total} entities from ${s.files.landscape} files` +
      (s.files.facts ? `, ${facts.join(', ')} from ${s.files.facts} fact files` : '') +
      ` in ${(s.durationMs / 1000).toFixed(1)} s.`,
  ];
  if (!dryRun) {
    lines.push(
      `Entities: ${e.created} created, ${e.updated} updated, ${e.unchanged} unchanged, ${e.deleted} deleted; ` +
        `relationships: ${e.relationshipsCreated} created, ${e.relationshipsDeleted} removed.`,
    );
    const f = Object.values(s.factChanges).reduce(
      (a, c) => ({
        created: a.created + (c?.created ?? 0),
        updated: a.updated + (c?.updated ?? 0),
        unchanged: a.unchanged + (c?.unchanged ?? 0),
      }),
      { created: 0, updated: 0, unchanged: 0 },
    );
    if (s.files.facts) {
      lines.push(
        `Facts: ${f.created.toLocaleString('en')} created, ${f.updated.toLocaleString('en')} updated, ${f.unchanged.toLocaleString('en')} unchanged` +
          (s.journaled ? ' (committed in batches under the import journal).' : '.'),
      );
    }
    if (s.rollups) {
      const r = s.rollups;
      const written = r.written.stage + r.written.stream + r.written.route;
      lines.push(
        `Performance rollups: ${written.toLocaleString('en')} week nodes written over ${r.weeks} weeks in ${(r.durationMs / 1000).toFixed(1)} s.`,
      );
    }
  }
  return lines;
}
