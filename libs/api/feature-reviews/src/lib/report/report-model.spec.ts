import { inflateSync } from 'node:zlib';
import type { ReviewRecord, SnapshotComparison } from '@streamscape/graph';
import { MAX_ITEMS, reportModel, type ReportInput } from './report-model';
import { renderReport } from './render-report';

const review = (id: string, name: string, heldOn: string): ReviewRecord => ({
  id,
  name,
  heldOn,
  description: null,
  audience: { roles: ['transformation-lead'], groups: ['/portfolio-board'] },
  createdBy: 'admin-1',
  createdAt: `${heldOn}T10:00:00.000Z`,
  decisionIds: ['go-product'],
  snapshot: {
    takenAt: `${heldOn}T10:00:00.000Z`,
    windowFrom: '2025-11-17T00:00:00.000Z',
    windowTo: '2026-02-16T00:00:00.000Z',
    entityCount: 3,
    findingCount: 2,
    storedBytes: 1234,
  },
});

const comparison: SnapshotComparison = {
  from: 'q4',
  to: 'q1',
  added: [{ kind: 'Component', id: 'gearbox-sw', name: 'Gearbox software' }],
  removed: [],
  changed: [{ kind: 'Team', id: 'beta', name: 'Team Beta', fields: ['size'] }],
  findingsAppeared: [],
  findingsDisappeared: [{ id: 'x', severity: 'HIGH', title: 'Nobody owns me has no responsible' }],
  metricMoves: [
    {
      node: 'enterprise:acme',
      kind: 'enterprise',
      label: 'ACME',
      metric: 'deployment-frequency',
      before: 0.2,
      after: 0.3,
      delta: 0.1,
    },
    {
      node: 'stage:s',
      kind: 'stage',
      label: 'S',
      metric: 'deployment-frequency',
      before: 0.2,
      after: 0.3,
      delta: 0.1,
    },
  ],
  entityCounts: [],
};

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  review: review('q1', 'Q1 portfolio review', '2026-02-15'),
  decisions: [
    {
      id: 'go-product',
      name: 'Go product mode',
      date: '2026-02-01',
      outcome: 'approved',
      rationale: 'Long-lived product',
      about: ['domain:powertrain'],
    },
  ],
  findings: [
    {
      id: 'a',
      origin: 'view',
      rule: 'r',
      source: 'rule:r',
      kind: 'WEAKNESS',
      severity: 'LOW',
      status: 'OPEN',
      title: 'A low one',
      description: null,
      about: [],
    },
    {
      id: 'b',
      origin: 'performance',
      rule: 'q',
      source: 'rule:q',
      kind: 'WEAKNESS',
      severity: 'HIGH',
      status: 'OPEN',
      title: 'A high one',
      description: null,
      about: [],
    },
  ],
  metrics: [
    {
      node: 'enterprise:acme',
      kind: 'enterprise',
      label: 'ACME Motors',
      values: { 'deployment-frequency': 0.25, 'flow-time': null },
    },
  ],
  entityCounts: [
    { kind: 'Component', count: 2 },
    { kind: 'Team', count: 1 },
  ],
  previous: { review: review('q4', 'Q4 review', '2025-11-15'), comparison },
  generatedAt: '2026-02-16T08:00:00.000Z',
  ...over,
});

/** The text a content stream shows: its `[<hex> kern <hex>] TJ` arrays, decoded (standard fonts are Latin-1). */
function shownText(content: string): string {
  return [...content.matchAll(/\[([^\]]*)\] TJ/g)]
    .map((m) =>
      [...m[1].matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}

describe('the review report', () => {
  it('holds the title, date, audience, decisions with rationale, findings by severity, metrics, comparison and counts', () => {
    const model = reportModel(input());
    expect(model.title).toBe('Q1 portfolio review');
    expect(model.facts).toContainEqual(['Held on', '2026-02-15']);
    expect(model.facts).toContainEqual([
      'Audience',
      'role transformation-lead, group /portfolio-board (and admins)',
    ]);
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Decisions',
      'Findings (2)',
      'Key metrics',
      'Since the previous review',
      'Entities (3)',
    ]);
    const [decisions, findings, metrics, since] = model.sections;
    expect(decisions.blocks).toContainEqual({
      type: 'paragraph',
      text: 'Go product mode: approved (2026-02-01)',
    });
    expect(decisions.blocks).toContainEqual({ type: 'paragraph', text: 'Rationale: Long-lived product' });
    // most severe first
    expect(findings.blocks).toEqual([
      { type: 'paragraph', text: 'HIGH (1)' },
      { type: 'list', items: ['A high one'] },
      { type: 'paragraph', text: 'LOW (1)' },
      { type: 'list', items: ['A low one'] },
    ]);
    expect(metrics.blocks[1]).toEqual({
      type: 'table',
      columns: ['metric', 'value', 'unit'],
      rows: [['Deployment frequency', '0.25', 'deployments/week']],
    });
    expect(since.blocks[0]).toMatchObject({
      text: expect.stringContaining('"Q4 review" held on 2025-11-15: 1 entities added, 0 removed, 1 changed'),
    });
    expect(since.blocks).toContainEqual({ type: 'list', items: ['Team Team Beta (beta): size'] });
    // only enterprise and domain moves make the report
    const moves = since.blocks.find((b) => b.type === 'table');
    expect(moves).toMatchObject({ rows: [['ACME', 'Deployment frequency', '0.20', '0.30', '0.10']] });
  });

  it('says when there is no previous review, and cuts long lists', () => {
    const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => ({
      ...input().findings[0],
      id: `f${i}`,
      title: `F${i}`,
    }));
    const model = reportModel(input({ previous: null, findings: many }));
    expect(model.sections[3].blocks).toEqual([{ type: 'paragraph', text: 'This is the first review.' }]);
    const list = model.sections[1].blocks[1];
    expect(list.type === 'list' && list.items.length).toBe(MAX_ITEMS + 1);
    expect(list.type === 'list' && list.items[MAX_ITEMS]).toBe('... and 5 more');
  });

  it('renders a PDF that carries the review name, in its info and on its page', async () => {
    const pdf = await renderReport(reportModel(input()), { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/Title \d+ 0 R/);
    expect(text).toContain('(Q1 portfolio review)');
    expect(shownText(text)).toContain('Q1 portfolio review');
    expect(shownText(text)).toContain('Rationale: Long-lived product');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('compresses its pages by default, and the name is still on them', async () => {
    const pdf = await renderReport(reportModel(input()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(shownText(pdf.toString('latin1'))).toBe('');
    const pages = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(pages.map(shownText).join('\n')).toContain('Q1 portfolio review');
  });
});
