import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** `nx run api:serve` without Nx: the source run through @swc-node/register, as the serve target does. */
function serve(vars: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'test', ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess): {
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
} {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { out: () => out, err: () => err, exit };
}

async function until<T>(what: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('apps/api/src/main.ts', () => {
  it('stops a start-up with a wrong variable, naming it', async () => {
    const run = collect(serve({ API_PORT: 'eighty', NEO4J_PASSWORD: 'x' }));
    expect(await run.exit).toBe(1);
    expect(run.err()).toContain('API_PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(run.out()).toBe('');
  });

  it('serves from source with decorators and their metadata (the serve target), and stops on SIGTERM', async () => {
    const child = serve({
      API_PORT: '0',
      NEO4J_URI: process.env['NEO4J_TEST_URI'],
      NEO4J_PASSWORD: process.env['NEO4J_TEST_PASSWORD'],
    });
    const run = collect(child);
    try {
      const url = await until(
        () => /listening on (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(run.out())?.[1],
        60_000,
      );
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const lines = run.out().trim().split('\n');
      expect(lines.every((line) => JSON.parse(line) !== null)).toBe(true);
      expect(run.out()).toContain('Connected to Neo4j');
      child.kill('SIGTERM');
      await run.exit;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
