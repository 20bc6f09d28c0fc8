import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');

/** Runs the CLI as a user would, through tsx, and returns its exit code and output. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(ROOT, 'tsconfig.base.json'),
      join(ROOT, 'apps/cli/src/main.ts'),
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
