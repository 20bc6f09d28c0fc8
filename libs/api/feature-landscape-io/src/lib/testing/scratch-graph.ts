import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphFingerprint, type Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { formatProblem } from '@streamscape/landscape';
import type { ImportResult } from '../import';

/**
 * For an integration suite: the test graph, emptied before each test, and a scratch folder per test (removed
 * after it), handed to `use` whenever they change.
 */
export function useScratchGraph(prefix: string, use: (graph: Graph, scratch: string) => void): void {
  let graph: Graph;
  let scratch = '';
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    scratch = await fs.mkdtemp(join(tmpdir(), prefix));
    use(graph, scratch);
  });
  afterEach(async () => {
    if (scratch) await fs.rm(scratch, { recursive: true, force: true });
  });
}

export const fingerprintOf = (graph: Graph) => graph.read('test: fingerprint', graphFingerprint);

/** The summary of an import that must have succeeded; its problems otherwise. */
export function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.summary;
}
