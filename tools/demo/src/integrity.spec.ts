import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LandscapeIndex,
  checkFacts,
  checkLandscape,
  loadFacts,
  loadLandscape,
  streamPaths,
  type FactRows,
} from './check';
import { DEFAULTS, generate } from './generate';

/** Referential integrity of the generated landscape (scale 1 and 3) and of a facts sample. */
describe('generated landscape and facts', () => {
  let out: string;
  let index: LandscapeIndex;
  let facts: FactRows;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'streamscape-demo-'));
    generate({ out, ...DEFAULTS, months: 3, facts: true }); // a 3-month sample keeps the spec fast
    index = new LandscapeIndex(loadLandscape(join(out, 'landscape')));
    facts = loadFacts(join(out, 'facts'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('resolves every reference to an entity of an allowed kind, without duplicates or cycles', () => {
    expect(checkLandscape(index)).toEqual([]);
  });

  it('has the size the brief asks for at scale 1', () => {
    const n = (k: Parameters<LandscapeIndex['all']>[0]) => index.all(k).length;
    expect(n('Enterprise')).toBe(1);
    expect(n('Domain')).toBe(7);
    expect(n('Component')).toBeGreaterThanOrEqual(150);
    expect(n('Component')).toBeLessThanOrEqual(300);
    expect(n('Team')).toBeGreaterThanOrEqual(40);
    expect(n('Team')).toBeLessThanOrEqual(80);
    expect(n('TransformationStep')).toBeGreaterThanOrEqual(8);
    expect(n('TransformationStep')).toBeLessThanOrEqual(15);
    for (const t of index.all('Team')) {
      const size = (t.spec as { size: number }).size;
      expect(size >= 5 && size <= 9).toBe(true);
    }
    // every domain has 1-3 top-level value streams, and at least one sub-stream exists
    const streams = index.all('ValueStream').map((s) => String((s.spec as { partOf: string }).partOf));
    for (const d of index.all('Domain')) {
      const top = streams.filter((p) => p === `domain:${d.metadata.id}`).length;
      expect(top >= 1 && top <= 3).toBe(true);
    }
    expect(streams.some((p) => p.startsWith('value-stream:'))).toBe(true);
  });

  it('gives every stream a path of stages in increasing order', () => {
    const order = (id: string) => (index.get('Stage', id)!.spec as { order: number }).order;
    for (const [stream, path] of streamPaths(index)) {
      expect({
        stream,
        ok: path.length > 0 && path.every((s, i) => i === 0 || order(s) > order(path[i - 1])),
      }).toEqual({ stream, ok: true });
    }
  });

  it('writes facts whose references all exist and whose timestamps are consistent', () => {
    expect(checkFacts(index, facts)).toEqual([]);
    expect(facts['work-items'].length).toBeGreaterThan(3000);
    expect(facts.passages.length).toBeGreaterThan(facts['work-items'].length);
    // some work is still in progress at the end of the window
    expect(facts['work-items'].some((w) => w.startedAt && !w.doneAt)).toBe(true);
    expect(facts.passages.some((p) => !p.leftAt)).toBe(true);
    // defects: duplicates, non-defects, escapes
    const defects = facts['work-items'].filter((w) => w.type === 'defect');
    expect(defects.some((w) => w.resolution === 'duplicate' && w.duplicateOf)).toBe(true);
    expect(defects.some((w) => w.resolution === 'not-a-defect')).toBe(true);
    expect(facts.incidents.some((i) => i.causedBy)).toBe(true);
    expect(facts.deployments.some((d) => d.status === 'failed')).toBe(true);
    expect(facts.measures.every((m) => m.scope.startsWith('team:') && m.metric === 'engagement')).toBe(true);
  });

  it('stays consistent at scale 3 (suffixed ids do not collide)', () => {
    const big = mkdtempSync(join(tmpdir(), 'streamscape-demo-'));
    try {
      generate({ out: big, ...DEFAULTS, scale: 3, facts: false });
      const scaled = new LandscapeIndex(loadLandscape(join(big, 'landscape')));
      expect(checkLandscape(scaled)).toEqual([]);
      expect(scaled.all('Domain').length).toBe(21);
      expect(scaled.get('Domain', 'powertrain-3')).toBeDefined();
      expect(scaled.all('Team').length).toBe(3 * index.all('Team').length);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
