import { AuditService } from '@streamscape/api-audit';
import type { Graph } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseTestGraph, startTestApp, testEnv, testGraphWith, type TestApp } from './testing/test-app';

interface Answer {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked by the test
  errors?: { message: string; extensions?: { code?: string } }[];
}

const TRAIL = `query Trail($filter: AuditTrailFilter, $first: Int) {
  auditTrail(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { kind actorId actorName operation ids fields details at } }
  }
}`;

describe('the audit trail (local sign-in)', () => {
  let graph: Graph;
  let api: TestApp;
  let scratch: string;

  const post = async (query: string, variables: Record<string, unknown> = {}) =>
    (await api.post(query, variables)) as Answer;
  const trail = async (filter: Record<string, unknown>, first = 50) => {
    const answer = await post(TRAIL, { filter, first });
    expect(answer.errors).toBeUndefined();
    return answer.data!['auditTrail'];
  };

  beforeAll(async () => {
    graph = await testGraphWith([]);
    scratch = await mkdtemp(join(tmpdir(), 'streamscape-audit-'));
    api = await startTestApp(testEnv({ AUTH_MODE: 'local' }));
  });

  afterAll(async () => {
    await api?.close();
    await releaseTestGraph(graph);
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('records each mutation with who, when, which ids and which fields, in the transaction of its change', async () => {
    const before = new Date().toISOString();
    const writes = jest.spyOn(api.app.get(GraphHost), 'write');
    for (const mutation of [
      'mutation { createTeam(input: {id: "audit-a", name: "A"}) { id } }',
      'mutation { updateTeam(id: "audit-a", input: {name: "A2", size: 7}) { id } }',
      'mutation { deleteTeam(id: "audit-a", cascade: true) { id } }',
    ]) {
      expect((await post(mutation)).errors).toBeUndefined();
    }
    // one write transaction per mutation: no separate `audit: ...` transaction after it
    expect(writes.mock.calls.map(([operation]) => operation)).toEqual([
      'createTeam',
      'updateTeam',
      'deleteTeam',
    ]);
    writes.mockRestore();
    const all = await trail({ id: 'audit-a' });
    expect(all.totalCount).toBe(3);
    // newest first
    expect(all.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ operation: 'deleteTeam', ids: ['audit-a'], fields: ['cascade'] }),
      expect.objectContaining({
        operation: 'updateTeam',
        ids: ['audit-a'],
        fields: ['input.name', 'input.size'],
      }),
      expect.objectContaining({ operation: 'createTeam', ids: ['audit-a'], fields: ['input.name'] }),
    ]);
    for (const { node } of all.edges) {
      expect(node).toMatchObject({
        kind: 'MUTATION',
        actorId: 'local',
        actorName: 'Local user',
        details: null,
      });
      expect(node.at >= before).toBe(true);
    }
  });

  it('does not record a mutation that failed', async () => {
    const answer = await post('mutation { deleteTeam(id: "never-there") { id } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await trail({ id: 'never-there' })).totalCount).toBe(0);
  });

  it('leaves the change undone when its audit event cannot be written', async () => {
    const record = jest
      .spyOn(api.app.get(AuditService), 'recordMutationIn')
      .mockRejectedValueOnce(new Error('audit store full'));
    const answer = await post('mutation { createTeam(input: {id: "audit-lost", name: "Lost"}) { id } }');
    record.mockRestore();
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    expect(await post(`{ team(id: "audit-lost") { id } }`)).toEqual({ data: { team: null } });
    expect((await trail({ id: 'audit-lost' })).totalCount).toBe(0);
  });

  it('filters by actor, kind, operation and time, and pages', async () => {
    expect((await trail({ actor: 'local', operation: 'updateTeam' })).totalCount).toBe(1);
    expect((await trail({ actor: 'someone-else' })).totalCount).toBe(0);
    expect((await trail({ kind: 'IMPORT' })).totalCount).toBe(0);
    expect((await trail({ to: '2000-01-01T00:00:00Z' })).totalCount).toBe(0);
    expect((await trail({ from: '2000-01-01T00:00:00Z' })).totalCount).toBe(3);
    const page = await trail({}, 2);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('records an import through the library, in its transaction, with the actor it is given', async () => {
    await writeFile(
      join(scratch, 'team.yaml'),
      'apiVersion: streamscape/v1\nkind: Team\nmetadata: { id: audit-imported, name: Imported }\nspec: { type: enabling }\n',
    );
    const result = await importLandscape(graph, [scratch], { audit: { id: 'cli:tester', name: 'tester' } });
    expect(result.ok).toBe(true);
    const imports = await trail({ kind: 'IMPORT' });
    expect(imports.totalCount).toBe(1);
    expect(imports.edges[0].node).toMatchObject({
      actorId: 'cli:tester',
      actorName: 'tester',
      operation: 'import (merge)',
      ids: ['audit-imported'],
      fields: ['Team'],
      details: expect.objectContaining({ created: 1 }),
    });
  });

  it('leaves the audit trail out of the landscape statistics, and offers no way to change it', async () => {
    const stats = await post('{ landscapeStats { nodes { name count } } }');
    expect(stats.data!['landscapeStats'].nodes.map((n: { name: string }) => n.name)).not.toContain(
      'AuditEvent',
    );
    const schema = await post('{ __schema { mutationType { fields { name } } } }');
    const mutations = schema.data!['__schema'].mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((name: string) => /audit/i.test(name))).toEqual([]);
  });
});
