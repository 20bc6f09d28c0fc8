import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

/** The generated landscape of a scale under .data/ (made once, reused by later runs); returns its folder. */
export function ensureLandscape(scale: number, options: { facts: boolean }): string {
  const data = join(ROOT, '.data', `bench-scale-${scale}`);
  const ready = existsSync(join(data, options.facts ? 'facts/work-items.csv' : 'landscape'));
  if (!ready) {
    const gen = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'tsconfig.base.json'),
        join(ROOT, 'tools/demo/src/main.ts'),
        '--out',
        data,
        '--scale',
        String(scale),
        ...(options.facts ? [] : ['--no-facts']),
      ],
      { stdio: 'inherit' },
    );
    if (gen.status !== 0) throw new Error('generation failed');
  }
  return data;
}

export interface BenchNeo4j {
  readonly uri: string;
  readonly password: string;
  stop(): Promise<void>;
}

/** NEO4J_URI/NEO4J_PASSWORD when set; otherwise a throwaway Neo4j on a free port, removed by `stop`. */
export async function benchNeo4j(): Promise<BenchNeo4j> {
  const uri = process.env['NEO4J_URI'];
  const password = process.env['NEO4J_PASSWORD'];
  if (uri && password) return { uri, password, stop: async () => undefined };
  // a real dynamic import (the launcher is an ES module; compiled CommonJS would turn import() into require)
  const { startNeo4j } = await (Function(
    'p',
    'return import(p)',
  )(join(ROOT, 'infra/neo4j/neo4j.mjs')) as Promise<typeof import('../../../infra/neo4j/neo4j.mjs')>);
  const dir = mkdtempSync(join(tmpdir(), 'streamscape-bench-'));
  const neo4j = await startNeo4j({
    port: 0,
    dataDir: join(dir, 'neo4j'),
    password: 'streamscape-bench',
    quiet: true,
  });
  return {
    uri: neo4j.uri,
    password: neo4j.password,
    stop: async () => {
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
