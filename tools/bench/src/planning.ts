// Sequencing speed: generated plans of --steps steps (default 2,000) with realistic fan-in; p50/p95 of
// computePlan (cycle check + critical path method + waves) over --runs runs, unlimited and with a capacity
// per wave, on a plan with cycles, and of a what-if (one edit, both plans computed and compared).
// With --http, also transformationLandscape over HTTP on the demo landscape (a throwaway Neo4j, or
// NEO4J_URI/NEO4J_PASSWORD; the API as its own process).
// Usage: npm run bench:planning -- [--steps 2000] [--runs 300] [--http] [--requests 100]
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Graph, migrate } from '@streamscape/graph';
import { importLandscape } from '@streamscape/landscape-io';
import { computePlan, type Plan, type PlanStep, whatIf } from '@streamscape/planning';
import { machine } from './machine';
import { benchNeo4j, ROOT } from './setup';

const TARGET_MS = 200;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}

/** mulberry32: a small seeded PRNG, so every run measures the same plans */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A plan like a large transformation programme: steps in workstreams of ~40, each step requiring 0-5
 * earlier ones (mostly 1-2, mostly from its own workstream, sometimes from anywhere), 1-20 weeks of effort,
 * about a tenth done; listed in shuffled order. `cycles` closes that many loops (a step requiring a later one).
 */
export function generatePlan(size: number, seed = 42, cycles = 0): Plan {
  const random = rng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const fanIn = [0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5];
  const steps: PlanStep[] = [];
  let edges = 0;
  for (let i = 0; i < size; i++) {
    const requires = new Set<string>();
    const want = i === 0 ? 0 : fanIn[pick(fanIn.length)];
    for (let k = 0; k < want; k++) {
      const near = random() < 0.8;
      const j = near ? Math.max(0, i - 1 - pick(40)) : pick(i);
      if (j < i) requires.add(`step-${j}`);
    }
    edges += requires.size;
    steps.push({
      id: `step-${i}`,
      effortWeeks: 1 + pick(20),
      requires: [...requires],
      status: random() < 0.1 && i < size / 3 ? 'done' : 'planned',
    });
  }
  // each cycle: three neighbouring steps a <- b <- c <- a (a requires c, b requires a, c requires b)
  const add = (at: number, on: number) => {
    steps[at] = { ...steps[at], requires: [...(steps[at].requires ?? []), `step-${on}`], status: 'planned' };
    edges++;
  };
  for (let c = 0; c < cycles; c++) {
    const a = Math.floor(size / 2) + pick(Math.floor(size / 2) - 2);
    add(a, a + 2);
    add(a + 1, a);
    add(a + 2, a + 1);
  }
  for (let i = steps.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [steps[i], steps[j]] = [steps[j], steps[i]];
  }
  return Object.assign({ steps }, { edges });
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(runs: number, work: () => unknown): { p50: number; p95: number; max: number } {
  for (let i = 0; i < 20; i++) work(); // warm-up: JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    work();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

async function startApi(uri: string, password: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
      NODE_ENV: 'production',
      API_PORT: String(port),
      AUTH_MODE: process.env['AUTH_MODE'] ?? 'local',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return { url, process: child };
    await new Promise((ok) => setTimeout(ok, 200));
  }
  child.kill();
  throw new Error('the API did not become ready within 120 s');
}

const LANDSCAPE = `query TransformationLandscape($id: ID) {
  transformationLandscape(initiativeId: $id) {
    nodes { id kind label parent attributes { name value text } }
    edges { id source target kind weight label attributes { name value text } }
    operatingModes { id kind mode targetMode effectiveMode plannedMode }
    steps { id status effortWeeks requires changes }
    plan { earliestFinishWeeks criticalPath waves { wave steps } steps { id wave earliestStart earliestFinish slack } }
    findings { id rule severity title about }
  }
}`;

async function overHttp(requests: number): Promise<string[]> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const neo4j = await benchNeo4j();
    stops.unshift(() => neo4j.stop());
    const graph = await Graph.connect({
      uri: neo4j.uri,
      user: 'neo4j',
      password: neo4j.password,
      database: 'neo4j',
      readTimeoutMs: 60_000,
    });
    stops.unshift(() => graph.close());
    await migrate(graph);
    const imported = await importLandscape(graph, [join(ROOT, 'examples/demo/landscape')], {
      mode: 'replace',
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems.slice(0, 5)));
    const api = await startApi(neo4j.uri, neo4j.password);
    stops.unshift(async () => {
      api.process.kill('SIGTERM');
      await new Promise((ok) => api.process.once('exit', ok));
    });
    let bytes = 0;
    const post = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LANDSCAPE, variables: { id: 'flow-2027' } }),
      });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 500));
      bytes = text.length;
    };
    for (let i = 0; i < 20; i++) await post();
    const ms: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t0 = process.hrtime.bigint();
      await post();
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return [
      `transformationLandscape over HTTP, demo (scale 1, initiative flow-2027), ${requests} requests: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, answer ${(bytes / 1024).toFixed(0)} KiB`,
    ];
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

async function main() {
  const size = arg('steps', 2000);
  const runs = arg('runs', 300);
  const plan = generatePlan(size) as Plan & { edges: number };
  const cyclic = generatePlan(size, 7, 10) as Plan & { edges: number };
  const capacity = 60;
  const base = computePlan(plan);
  const capped = computePlan(plan, { capacityWeeksPerWave: capacity });
  const looped = computePlan(cyclic);

  const cases: [string, () => unknown][] = [
    ['computePlan, unlimited capacity', () => computePlan(plan)],
    [`computePlan, ${capacity} weeks per wave`, () => computePlan(plan, { capacityWeeksPerWave: capacity })],
    ['computePlan, plan with 10 cycles', () => computePlan(cyclic)],
    [
      'whatIf (1 edit, both plans + diff)',
      () => whatIf(plan, [{ kind: 'move', stepId: 'step-10', notBeforeWave: 5 }]),
    ],
  ];
  const lines = cases.map(([name, work]) => {
    const r = measure(runs, work);
    const verdict = r.p95 < TARGET_MS ? 'under' : 'OVER';
    return `${name.padEnd(38)} p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (${verdict} the ${TARGET_MS} ms target)`;
  });
  process.stdout.write(
    [
      `sequencing benchmark: ${size} steps, ${plan.edges} requirements (fan-in ${(plan.edges / size).toFixed(2)}), ${runs} runs each`,
      `machine: ${machine()}`,
      `plan: ${base.done.length} done, ${base.waves.length} waves unlimited / ${capped.waves.length} at ${capacity} weeks, critical path ${base.criticalPath.length} steps, earliest finish ${base.earliestFinish} weeks`,
      `cyclic plan: ${looped.cycles.length} cycles (${looped.cycles.flat().length} steps), ${looped.unschedulable.length} unschedulable`,
      ...lines,
      ...(process.argv.includes('--http') ? await overHttp(arg('requests', 100)) : []),
    ].join('\n') + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
