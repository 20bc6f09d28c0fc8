import type { Graph } from '@streamscape/graph';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { releaseTestGraph, startTestApp, testGraphWith, type TestApp } from './testing/test-app';

const TEAM = (id: string, size: unknown) =>
  `apiVersion: streamscape/v1\nkind: Team\nmetadata: { id: ${id}, name: Team ${id} }\nspec: { type: enabling, size: ${size} }\n`;

/** Files the upload stores in the temporary folder: 32 hex digits. */
const uploadsLeft = () => readdirSync(tmpdir()).filter((name) => /^[0-9a-f]{32}$/.test(name));

/** Imports through POST /landscape/import, as the web app's import page sends them. */
describe('importing through the API', () => {
  let graph: Graph;
  let api: TestApp;

  const upload = async (files: Record<string, string>, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, text] of Object.entries(files)) form.append('files', new Blob([text]), name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(`${api.url}/landscape/import`, { method: 'POST', body: form });
    return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked below
  };
  const teams = async () => {
    const answer = await api.post('{ teams(first: 50) { totalCount edges { node { id size } } } }');
    return answer.data!['teams'] as { totalCount: number; edges: { node: { id: string; size: number } }[] };
  };

  beforeAll(async () => {
    graph = await testGraphWith([]);
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
    await releaseTestGraph(graph);
  });

  it('writes nothing and names file, line and field of every problem', async () => {
    const answer = await upload({ 'teams.yaml': TEAM('upload-a', 5) + '---\n' + TEAM('upload-b', '"many"') });
    expect(answer.status).toBe(422);
    expect(answer.body['ok']).toBe(false);
    expect(answer.body['problems']).toEqual([
      expect.objectContaining({
        file: 'teams.yaml',
        document: 2,
        field: 'spec.size',
        text: expect.stringMatching(/^teams\.yaml:\d+ document 2 spec\.size: /),
      }),
    ]);
    expect((await teams()).totalCount).toBe(0);
  });

  it('checks without writing on a dry run, then imports and records who did it', async () => {
    const files = { 'teams.yaml': TEAM('upload-a', 5) + '---\n' + TEAM('upload-b', 8) };
    const dry = await upload(files, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ ok: true, dryRun: true });
    expect((await teams()).totalCount).toBe(0);

    const done = await upload(files);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      ok: true,
      dryRun: false,
      summary: { entities: { created: 2, total: 2 } },
    });
    expect((await teams()).edges.map((e) => e.node)).toEqual([
      { id: 'upload-a', size: 5 },
      { id: 'upload-b', size: 8 },
    ]);
    const trail = await api.post(
      '{ auditTrail(filter: { kind: IMPORT }) { edges { node { actorId operation ids } } } }',
    );
    expect(trail.data!['auditTrail']).toEqual({
      edges: [{ node: { actorId: 'local', operation: 'import (merge)', ids: ['upload-a', 'upload-b'] } }],
    });
  });

  it('replaces when asked: what the files leave out is removed', async () => {
    const answer = await upload({ 'teams.yaml': TEAM('upload-a', 6) }, { mode: 'replace' });
    expect(answer.body).toMatchObject({ ok: true, summary: { entities: { updated: 1, deleted: 1 } } });
    expect((await teams()).edges.map((e) => e.node)).toEqual([{ id: 'upload-a', size: 6 }]);
  });

  it('refuses no files, an unknown file type and an unknown mode', async () => {
    for (const [files, fields, message] of [
      [{}, {}, 'Choose at least one file'],
      [{ 'notes.txt': 'hello' }, {}, 'notes.txt: not a landscape or fact file'],
      [
        { 'a.yaml': TEAM('x', 1), 'b.yaml': TEAM('y', 1) },
        { mode: 'overwrite' },
        'mode must be merge or replace',
      ],
    ] as const) {
      const answer = await upload(files, fields);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
    }
    expect((await teams()).totalCount).toBe(1);
    // the uploads (stored under random names) are gone, refused ones too
    expect(uploadsLeft()).toEqual([]);
  });
});
