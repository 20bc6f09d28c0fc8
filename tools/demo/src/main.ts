/**
 * CLI: npx tsx tools/demo/src/main.ts --out <dir> [--scale 1] [--seed 42] [--months 12]
 *      [--end 2026-10-31] [--no-facts]
 */
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULTS, fmtMs, generate } from './generate';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a non-negative integer');
  return Number(value);
}

const program = new Command()
  .name('demo-generate')
  .description('Generate the ACME Motors demo landscape (YAML) and its flow facts (CSV), deterministically.')
  .requiredOption('--out <dir>', 'output directory; writes <dir>/landscape/*.yaml and <dir>/facts/*.csv')
  .option(
    '--scale <n>',
    'copies of the domain structure (10 => ~600 teams, ~250k work items)',
    positiveInt,
    DEFAULTS.scale,
  )
  .option(
    '--seed <n>',
    'random seed; same arguments give byte-identical output',
    nonNegativeInt,
    DEFAULTS.seed,
  )
  .option('--months <n>', 'length of the fact window in months', positiveInt, DEFAULTS.months)
  .option('--end <date>', 'last day of the fact window (YYYY-MM-DD, UTC)', DEFAULTS.end)
  .option('--no-facts', 'write the landscape only')
  .parse();

const opts = program.opts<{
  out: string;
  scale: number;
  seed: number;
  months: number;
  end: string;
  facts: boolean;
}>();

try {
  const summary = generate({ ...opts, log: (line) => console.log(line) });
  console.log('\nlandscape documents per kind:');
  for (const [kind, n] of Object.entries(summary.kinds))
    console.log(`  ${kind.padEnd(20)} ${String(n).padStart(8)}`);
  const landscapeBytes = summary.landscapeFiles.reduce((a, f) => a + f.bytes, 0);
  console.log(
    `  ${'(files)'.padEnd(20)} ${String(summary.landscapeFiles.length).padStart(8)}  ${fmtBytes(landscapeBytes)}`,
  );
  if (summary.window) {
    console.log(
      `\nfacts ${summary.window.start.slice(0, 10)} .. ${summary.window.end.slice(0, 10)} (end exclusive):`,
    );
    for (const f of summary.factFiles) {
      console.log(
        `  ${f.name.padEnd(20)} ${f.rows.toLocaleString('en-US').padStart(12)} rows  ${fmtBytes(f.bytes)}`,
      );
    }
  }
  console.log(`\ndone in ${fmtMs(summary.landscapeMs + summary.factsMs)} -> ${opts.out}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

function fmtBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
