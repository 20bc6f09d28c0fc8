import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@streamscape/api-graphql';
import { deleteEntity, graphFingerprint, graphStats, type Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { importLandscape } from '@streamscape/landscape-io';
import { ReviewReportService } from './report/review-report.service';
import { startReviewTestApi, type Caller, type ReviewTestApi } from '../testing/review-test-api';

const MINI = join(__dirname, '../../../feature-landscape-io/src/fixtures/mini');

const ADMIN: Caller = { roles: [Role.ADMIN] };
const LEAD: Caller = { roles: [Role.VIEWER, Role.TRANSFORMATION_LEAD] };
const VIEWER: Caller = { roles: [Role.VIEWER, Role.ARCHITECT] };
const BOARD_MEMBER: Caller = { roles: [], groups: ['/portfolio-board'] };
const NOBODY: Caller = { anonymous: true };

const RECORD = `mutation Record($input: RecordDecisionInput!) {
  recordDecision(input: $input) { id name date outcome rationale about }
}`;
const CREATE = `mutation Create($input: CreateReviewInput!) {
  createReview(input: $input) {
    id name heldOn audience { roles groups } createdBy decisionIds reportPath
    snapshot { windowFrom windowTo entityCount findingCount storedBytes entityCounts { kind count } }
  }
}`;
const REVIEW = `query Review($id: ID!) {
  review(id: $id) {
    id name
    decisions { id name outcome rationale about }
    findings { id origin severity title }
    snapshot { enterprise domains performance kpiBoard transformation }
  }
}`;
const REVIEWS = `query { reviews(first: 10) { totalCount edges { node { id heldOn } } } }`;
const COMPARE = `query Compare($from: ID!, $to: ID!) {
  compareReviews(from: $from, to: $to) {
    from to
    added { kind id } removed { kind id } changed { kind id fields }
    findingsAppeared { id } findingsDisappeared { id }
    metricMoves { node metric before after delta }
    entityCounts { kind before after }
  }
}`;

const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
  (answer.errors ?? []).map((e) => e.extensions?.code);

/** Decisions and reviews over HTTP, on the mini landscape, with principals chosen per request. */
describe('portfolio reviews over HTTP', () => {
  let graph: Graph;
  let api: ReviewTestApi;
  let scratch: string;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    const imported = await importLandscape(graph, [MINI]);
    if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.problems.slice(0, 3))}`);
    api = await startReviewTestApi();
    scratch = await mkdtemp(join(tmpdir(), 'streamscape-reviews-'));
  });

  afterAll(async () => {
    await api?.close();
    if (graph) await resetGraph(graph);
    await graph?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('records a decision for a transformation lead only, checking what it is about', async () => {
    const input = {
      name: 'Fund EDU as a product',
      date: '2026-02-10',
      outcome: 'approved',
      rationale: 'The EDU lives for ten years',
      about: ['domain:powertrain', 'budget:pt-2026'],
    };
    expect(codes(await api.request(RECORD, { input }, VIEWER))).toEqual(['FORBIDDEN']);
    const bad = await api.request(RECORD, { input: { ...input, about: ['domain:nowhere'] } }, LEAD);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const answer = await api.request(RECORD, { input }, LEAD);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordDecision).toEqual({
      id: 'fund-edu-as-a-product',
      name: 'Fund EDU as a product',
      date: '2026-02-10',
      outcome: 'approved',
      rationale: 'The EDU lives for ten years',
      about: ['budget:pt-2026', 'domain:powertrain'],
    });
    expect(codes(await api.request(RECORD, { input }, LEAD))).toEqual(['CONFLICT']);
  });

  it('creates a review (admin only) that freezes the views, and leaves the landscape fingerprint alone', async () => {
    const input = {
      id: 'q1-2026',
      name: 'Q1 2026 portfolio review',
      heldOn: '2026-02-15',
      audienceRoles: ['transformation-lead'],
      audienceGroups: ['/portfolio-board'],
      decisionIds: ['go-product', 'fund-edu-as-a-product'],
    };
    expect(codes(await api.request(CREATE, { input }, LEAD))).toEqual(['FORBIDDEN']);
    const unknown = await api.request(CREATE, { input: { ...input, decisionIds: ['nope'] } }, ADMIN);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);

    const before = await graph.read('test', graphFingerprint);
    const answer = await api.request(CREATE, { input }, ADMIN);
    expect(answer.errors).toBeUndefined();
    const review = answer.data.createReview;
    expect(review).toMatchObject({
      id: 'q1-2026',
      heldOn: '2026-02-15',
      audience: { roles: ['transformation-lead'], groups: ['/portfolio-board'] },
      createdBy: 'test-user',
      decisionIds: ['fund-edu-as-a-product', 'go-product'],
      reportPath: '/reviews/q1-2026/report.pdf',
    });
    // 90 days up to the end of the day it is held
    expect(review.snapshot.windowFrom).toBe('2025-11-18T00:00:00.000Z');
    expect(review.snapshot.windowTo).toBe('2026-02-16T00:00:00.000Z');
    const counts = Object.fromEntries(
      (review.snapshot.entityCounts as { kind: string; count: number }[]).map((c) => [c.kind, c.count]),
    );
    expect(counts).toMatchObject({ Component: 3, Team: 2, Decision: 2, IntegrationPoint: 2, Stage: 2 });
    expect(review.snapshot.entityCount).toBe(Object.values(counts).reduce((a, b) => a + b, 0));

    expect(await graph.read('test', graphFingerprint)).toBe(before);
    const stats = await graph.read('test', graphStats);
    expect(stats.nodes['Review']).toBeUndefined();
    expect(stats.nodes['Snapshot']).toBeUndefined();
    expect(codes(await api.request(CREATE, { input }, ADMIN))).toEqual(['CONFLICT']);
  });

  it('serves the frozen views, findings and decisions to its audience', async () => {
    const answer = await api.request(REVIEW, { id: 'q1-2026' }, BOARD_MEMBER);
    expect(answer.errors).toBeUndefined();
    const review = answer.data.review;
    expect(review.decisions.map((d: { id: string }) => d.id)).toEqual([
      'fund-edu-as-a-product',
      'go-product',
    ]);
    expect(review.decisions[0]).toMatchObject({
      outcome: 'approved',
      rationale: 'The EDU lives for ten years',
    });
    expect(review.snapshot.enterprise.name).toBe('ACME Motors');
    expect(review.snapshot.domains.map((d: { domain: string }) => d.domain)).toEqual(['domain:powertrain']);
    expect(review.snapshot.performance.scope.kind).toBe('enterprise');
    expect(review.snapshot.kpiBoard.groups.length).toBeGreaterThan(0);
    expect(review.snapshot.transformation.steps.map((s: { id: string }) => s.id).sort()).toEqual([
      'form-teams',
      'fund-as-product',
    ]);
    expect(review.snapshot.transformation.plan.steps).toHaveLength(2);
    const ids = review.findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('integration-point-without-responsible:integration-point:orphan-ip');
    expect(ids).toContain('finding:late-integration');
  });

  it('answers NOT_FOUND to whoever may not open it, as for a review that does not exist, and lists it only to its audience', async () => {
    const hidden = await api.request(REVIEW, { id: 'q1-2026' }, VIEWER);
    const missing = await api.request(REVIEW, { id: 'no-such-review' }, ADMIN);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0].message).toBe('There is no review q1-2026');
    expect((await api.request(REVIEWS, {}, VIEWER)).data.reviews).toEqual({ totalCount: 0, edges: [] });
    for (const caller of [ADMIN, LEAD, BOARD_MEMBER]) {
      const listed = await api.request(REVIEWS, {}, caller);
      expect(listed.data.reviews.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['q1-2026']);
    }
    expect(codes(await api.request(REVIEWS, {}, NOBODY))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(await api.request(REVIEW, { id: 'q1-2026' }, { roles: [], groups: ['/portfolio'] })),
    ).toEqual(['NOT_FOUND']);
  });

  it('compares two reviews: exactly what was added, removed and changed, and how the metrics moved', async () => {
    // the landscape moves on: a new component, a bigger team, an integration point gone, one more deployment
    const dir = join(scratch, 'changes');
    await mkdir(join(dir, 'facts'), { recursive: true });
    await writeFile(
      join(dir, 'changes.yaml'),
      [
        'apiVersion: streamscape/v1',
        'kind: Component',
        'metadata: { id: gearbox-sw, name: Gearbox software }',
        'spec: { generation: next }',
        '---',
        'apiVersion: streamscape/v1',
        'kind: Team',
        'metadata: { id: beta, name: Team Beta }',
        'spec: { type: platform, size: 6, owns: [motor-ctrl, can-stack] }',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'facts', 'deployments.csv'),
      'id,stage,valueStream,at,status,changeCreatedAt\ndep-3,edu-system,,2026-02-10T10:00:00Z,success,\n',
    );
    const imported = await importLandscape(graph, [dir]);
    expect(imported.ok).toBe(true);
    await graph.write('test: remove orphan-ip', (tx) => deleteEntity(tx, 'IntegrationPoint', 'orphan-ip'));
    const decided = await api.request(
      RECORD,
      {
        input: {
          id: 'gearbox-next',
          name: 'Build the gearbox on the next generation',
          outcome: 'approved',
          about: ['component:gearbox-sw'],
        },
      },
      LEAD,
    );
    expect(decided.errors).toBeUndefined();
    const created = await api.request(
      CREATE,
      {
        input: {
          id: 'q2-2026',
          name: 'Q2 2026 portfolio review',
          heldOn: '2026-02-15',
          audienceRoles: ['transformation-lead'],
          decisionIds: ['gearbox-next'],
        },
      },
      ADMIN,
    );
    expect(created.errors).toBeUndefined();

    const answer = await api.request(COMPARE, { from: 'q1-2026', to: 'q2-2026' }, LEAD);
    expect(answer.errors).toBeUndefined();
    const diff = answer.data.compareReviews;
    expect(diff.added).toEqual([
      { kind: 'Component', id: 'gearbox-sw' },
      { kind: 'Decision', id: 'gearbox-next' },
    ]);
    expect(diff.removed).toEqual([{ kind: 'IntegrationPoint', id: 'orphan-ip' }]);
    expect(diff.changed).toEqual([{ kind: 'Team', id: 'beta', fields: ['size'] }]);
    expect(diff.findingsDisappeared.map((f: { id: string }) => f.id)).toEqual([
      'integration-point-without-responsible:integration-point:orphan-ip',
    ]);
    // the gearbox software belongs to no domain yet: no rule finds anything about it
    expect(diff.findingsAppeared).toEqual([]);
    expect(diff.entityCounts).toContainEqual({ kind: 'IntegrationPoint', before: 2, after: 1 });
    // one more deployment at the system stage in the same 90 days: its frequency rose by 1/90 days in weeks
    const moved = diff.metricMoves.filter(
      (m: { node: string; metric: string }) =>
        m.node === 'stage:edu-system' && m.metric === 'deployment-frequency',
    );
    expect(moved).toHaveLength(1);
    expect(moved[0].after - moved[0].before).toBeCloseTo(7 / 90, 6);
    expect(moved[0].delta).toBeCloseTo(7 / 90, 6);
    expect(diff.metricMoves.some((m: { node: string }) => m.node.startsWith('enterprise'))).toBe(true);

    // the other way round, the same changes mirrored
    const back = (await api.request(COMPARE, { from: 'q2-2026', to: 'q1-2026' }, ADMIN)).data.compareReviews;
    expect(back.removed).toEqual(diff.added);
    expect(back.added).toEqual(diff.removed);
    expect(back.findingsAppeared).toEqual(diff.findingsDisappeared);
    expect(back.findingsDisappeared).toEqual(diff.findingsAppeared);
    // q2 is open to transformation leads only: a board member cannot compare with it
    expect(codes(await api.request(COMPARE, { from: 'q1-2026', to: 'q2-2026' }, BOARD_MEMBER))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('serves the PDF report to the audience: 401 without sign-in, 404 when not allowed or missing', async () => {
    const pdf = await api.get('/reviews/q2-2026/report.pdf', LEAD);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await pdf.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.toString('latin1')).toContain('(Q2 2026 portfolio review)');
    expect((await api.get('/reviews/q2-2026/report.pdf', NOBODY)).status).toBe(401);
    expect((await api.get('/reviews/q2-2026/report.pdf', BOARD_MEMBER)).status).toBe(404);
    expect((await api.get('/reviews/q2-2026/report.pdf', VIEWER)).status).toBe(404);
    expect((await api.get('/reviews/nothing-here/report.pdf', ADMIN)).status).toBe(404);
    expect((await api.get('/reviews/q1-2026/report.pdf', BOARD_MEMBER)).status).toBe(200);

    // the report compares with the latest earlier review its reader may open
    const reports = api.app.get(ReviewReportService);
    const lead = {
      id: 'lead',
      name: 'Lead',
      roles: new Set([Role.TRANSFORMATION_LEAD]),
      groups: new Set<string>(),
    };
    const model = await reports.model(lead, 'q2-2026');
    const since = model.sections.find((x) => x.heading === 'Since the previous review')!;
    expect(since.blocks[0]).toMatchObject({
      text: expect.stringContaining(
        '"Q1 2026 portfolio review" held on 2026-02-15: 2 entities added, 1 removed, 1 changed',
      ),
    });
    expect(model.sections.find((x) => x.heading === 'Decisions')!.blocks[0]).toEqual({
      type: 'paragraph',
      text: `Build the gearbox on the next generation: approved (${new Date().toISOString().slice(0, 10)})`,
    });
    const first = await reports.model(lead, 'q1-2026');
    expect(first.sections.find((x) => x.heading === 'Since the previous review')!.blocks).toEqual([
      { type: 'paragraph', text: 'This is the first review.' },
    ]);
  });
});
