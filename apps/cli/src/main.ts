import { Command, CommanderError, Option } from 'commander';
import {
  graphStats,
  migrate,
  readRollupState,
  recoverInterruptedImports,
  refreshPerformanceRollups,
} from '@streamscape/graph';
import { exportLandscape, importLandscape, validateLandscape } from '@streamscape/landscape-io';
import { connect, ExitCode, UsageError } from './connection';
import { printProblems, progressReporter, say, summaryLines } from './output';
import { cliActor, fetchClientToken, tokenSettings } from './token';

const program = new Command()
  .name('streamscape')
  .description('Validate, import and export Streamscape landscapes (landscape-as-code) against the graph.')
  .addHelpText(
    'after',
    `
Connection: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD
(for the local database started by \`npm run db:start\`, read from .data/neo4j-password), NEO4J_DATABASE (neo4j).

Exit codes: 0 ok, 1 invalid input, 2 usage or connection problem.

Examples:
  npm run streamscape -- validate examples/demo/landscape
  npm run streamscape -- validate landscape.xlsx
  npm run streamscape -- import examples/demo/landscape .data/demo/facts
  npm run streamscape -- import --mode replace my-landscape/
  npm run streamscape -- import landscape.xlsx more-teams.yaml
  npm run streamscape -- export --facts out/
  npm run streamscape -- export landscape.xlsx
  npm run streamscape -- export --format csv out/

Landscape workbooks (.xlsx, one sheet per kind, one entity per row) are read wherever YAML files are:
see docs/spreadsheets.md.`,
  )
  .showHelpAfterError()
  .exitOverride();

program
  .command('validate')
  .description(
    'check landscape files (YAML/JSON, .xlsx workbooks) and fact files (CSV/NDJSON) without a database',
  )
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[]) => {
    const result = await validateLandscape(paths, { onProgress: progressReporter() });
    if (!result.ok) {
      printProblems(result.problems);
      process.exitCode = ExitCode.INVALID;
      return;
    }
    const { entities, factCounts, landscapeFiles, factFiles } = result.plan;
    say(
      `Valid: ${entities.length} entities in ${landscapeFiles.length} files, ${sum(factCounts)} fact rows in ${factFiles.length} files.`,
    );
  });

program
  .command('import')
  .description('validate, then write the files into the graph in one transaction (all or nothing)')
  .argument('<paths...>', 'files or folders')
  .addOption(
    new Option(
      '--mode <mode>',
      'merge adds and updates; replace also removes entities the files no longer contain',
    )
      .choices(['merge', 'replace'])
      .default('merge'),
  )
  .option('--dry-run', 'validate against the graph, write nothing')
  .option('--batch-size <rows>', 'fact rows per write statement', parsePositive, 2000)
  .action(
    async (paths: string[], opts: { mode: 'merge' | 'replace'; dryRun?: boolean; batchSize: number }) => {
      await withGraph(async (graph) => {
        const result = await importLandscape(graph, paths, {
          mode: opts.mode,
          dryRun: opts.dryRun,
          batchSize: opts.batchSize,
          onProgress: progressReporter(),
          audit: cliActor(),
        });
        if (!result.ok) {
          printProblems(result.problems);
          say('Nothing was imported.');
          process.exitCode = ExitCode.INVALID;
          return;
        }
        for (const line of summaryLines(result.summary, opts.dryRun === true)) say(line);
      });
    },
  );

program
  .command('export')
  .description(
    'write the graph back as landscape files: one YAML (or CSV) file per kind in a folder, or one workbook (.xlsx) with a sheet per kind',
  )
  .argument('<target>', 'output folder, or a file name ending in .xlsx')
  .addOption(
    new Option(
      '--format <format>',
      'yaml, csv (one file per kind, the columns of a workbook sheet) or xlsx (default: xlsx when <target> ends in .xlsx, else yaml)',
    ).choices(['yaml', 'csv', 'xlsx']),
  )
  .option('--facts', 'also write the flow facts as CSV under <target>/facts (YAML and CSV exports)')
  .action(async (target: string, opts: { format?: ExportFormat; facts?: boolean }) => {
    const format = exportFormat(target, opts.format);
    if (format === 'xlsx' && opts.facts)
      throw new UsageError(
        '--facts needs a YAML or CSV export: facts are CSV files, too many rows for a workbook',
      );
    await withGraph(async (graph) => {
      const summary = await exportLandscape(graph, target, { facts: opts.facts, format });
      say(
        format === 'xlsx'
          ? `Exported ${summary.entities} entities to ${target}.`
          : `Exported ${summary.entities} entities${opts.facts ? ` and ${sum(summary.facts)} fact rows` : ''} to ${summary.files.length} files in ${target}.`,
      );
    });
  });

program
  .command('stats')
  .description('count what the graph holds, by label and relationship type')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withGraph(async (graph) => {
      const stats = await graph.read('stats', graphStats);
      if (opts.json) {
        // whether the performance rollups are built tells `npm start` if it must build them
        const rollups = (await graph.read('stats: rollups', readRollupState)) !== null;
        say(JSON.stringify({ ...stats, rollups }, null, 2));
        return;
      }
      const table = (title: string, counts: Record<string, number>) => {
        say(title);
        const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
        for (const [k, v] of Object.entries(counts)) say(`  ${k.padEnd(width)}  ${v.toLocaleString('en')}`);
        if (Object.keys(counts).length === 0) say('  (none)');
      };
      table('Nodes', stats.nodes);
      table('Relationships', stats.relationships);
    });
  });

program
  .command('recover')
  .description(
    'roll back imports that were interrupted (a crash, a lost connection) so the graph is as before them',
  )
  .option(
    '--stale-after <seconds>',
    'treat an import as interrupted after this long without a heartbeat',
    parsePositive,
    120,
  )
  .action(async (opts: { staleAfter: number }) => {
    await withGraph(async (graph) => {
      const { rolledBack, active } = await recoverInterruptedImports(graph, opts.staleAfter);
      for (const i of rolledBack)
        say(`Rolled back import ${i.id} (started ${i.startedAt} by pid ${i.pid} on ${i.host}).`);
      for (const i of active)
        say(
          `Import ${i.id} is still running (pid ${i.pid} on ${i.host}, heartbeat ${i.idleSeconds} s ago); left alone.`,
        );
      if (rolledBack.length + active.length === 0) say('No interrupted imports.');
    });
  });

program
  .command('rollups')
  .description(
    'bring the weekly performance rollups in line with the facts (imports do this themselves; needed after an upgrade from a version without them)',
  )
  .option('--if-missing', 'only when the graph has facts but no current rollups')
  .action(async (opts: { ifMissing?: boolean }) => {
    await withGraph(async (graph) => {
      if (opts.ifMissing && (await graph.read('cli: rollup state', readRollupState))) {
        say('The performance rollups are current.');
        return;
      }
      say('Refreshing the performance rollups (the views read the facts meanwhile) ...');
      const r = await refreshPerformanceRollups(graph);
      const written = r.written.stage + r.written.stream + r.written.route;
      say(
        r.weeks === 0
          ? 'No facts: no rollups.'
          : `Performance rollups: ${written.toLocaleString('en')} week nodes written over ${r.weeks} weeks in ${(r.durationMs / 1000).toFixed(1)} s.`,
      );
    });
  });

program
  .command('token')
  .description(
    'print an access token of the automation client (client credentials) for calling the API: OIDC_ISSUER, STREAMSCAPE_CLIENT_ID, STREAMSCAPE_CLIENT_SECRET',
  )
  .option('--json', "print Keycloak's whole answer (expiry included)")
  .action(async (opts: { json?: boolean }) => {
    const answer = await fetchClientToken(tokenSettings());
    process.stdout.write(`${opts.json ? JSON.stringify(answer, null, 2) : String(answer['access_token'])}\n`);
  });

program
  .command('migrate')
  .description('apply pending schema migrations (import does this too)')
  .action(async () => {
    await withGraph(async () => undefined);
  });

async function withGraph(work: (graph: Awaited<ReturnType<typeof connect>>) => Promise<void>) {
  const graph = await connect();
  try {
    const report = await migrate(graph);
    if (report.applied.length)
      say(`Applied schema migrations ${report.applied.map((m) => m.version).join(', ')}.`);
    await work(graph);
  } finally {
    await graph.close();
  }
}

type ExportFormat = 'yaml' | 'csv' | 'xlsx';

/** A workbook is a file ending in .xlsx (that is how import recognises it); YAML and CSV go to a folder. */
function exportFormat(target: string, asked: ExportFormat | undefined): ExportFormat {
  const workbook = target.toLowerCase().endsWith('.xlsx');
  if (asked === 'xlsx' && !workbook)
    throw new UsageError(`an xlsx export is one file whose name ends in .xlsx, got "${target}"`);
  if (asked && asked !== 'xlsx' && workbook)
    throw new UsageError(`a ${asked.toUpperCase()} export is a folder, "${target}" looks like a workbook`);
  return asked ?? (workbook ? 'xlsx' : 'yaml');
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`expected a positive whole number, got "${value}"`);
  return n;
}

const sum = (counts: Partial<Record<string, number>>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

async function main() {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
      return;
    }
    process.stderr.write(`streamscape: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? ExitCode.USAGE : exitCodeOf(error);
  }
}

/** Connection and configuration problems are exit 2; bad files (e.g. one missing) too, as the input could not be read. */
function exitCodeOf(error: unknown): number {
  return (error as { code?: string }).code === 'GRAPH_CONSTRAINT' ? ExitCode.INVALID : ExitCode.USAGE;
}

void main();
