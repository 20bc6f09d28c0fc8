import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LandscapeIndex, loadFacts, loadLandscape, type FactRows, type LoadedDoc } from './check';
import { DEFAULTS, generate } from './generate';
import { PHENOMENA as P } from './phenomena';

type Spec = Record<string, unknown>;
const spec = (d: LoadedDoc | undefined) => (d?.spec ?? {}) as Spec;
const list = (v: unknown) => (Array.isArray(v) ? v : []) as unknown[];
const bare = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as Spec).component : v).replace(/^[a-z-]+:/, '');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Proves every id listed in phenomena.ts (and the README) shows its phenomenon. */
describe('demo phenomena (scale 1, 12 months of facts)', () => {
  let out: string;
  let ix: LandscapeIndex;
  let facts: FactRows;

  const domainOfStream = (id: string): string => {
    const partOf = String(spec(ix.get('ValueStream', id)).partOf);
    return partOf.startsWith('domain:')
      ? partOf.slice(7)
      : domainOfStream(partOf.slice('value-stream:'.length));
  };
  const streamOfStage = (id: string) => bare(spec(ix.get('Stage', id)).valueStream);
  const builtIn = (component: string) =>
    ix
      .all('Stage')
      .filter((s) => list(spec(s).builds).map(bare).includes(component))
      .map((s) => streamOfStage(s.metadata.id));
  const owner = new Map<string, string>();
  const interacts = (a: string, b: string) =>
    list(spec(ix.get('Team', a)).interactsWith).some((i) => bare((i as Spec).team) === b) ||
    list(spec(ix.get('Team', b)).interactsWith).some((i) => bare((i as Spec).team) === a);

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'streamscape-demo-'));
    generate({ out, ...DEFAULTS, facts: true });
    ix = new LandscapeIndex(loadLandscape(join(out, 'landscape')));
    facts = loadFacts(join(out, 'facts'));
    for (const t of ix.all('Team')) for (const c of list(spec(t).owns)) owner.set(bare(c), t.metadata.id);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('(a) powertrain is funded by project budgets only, yet maintains EDU Gen 1 for years', () => {
    const domain = P.projectFundedMaintenance.domain;
    const streams = ix
      .all('ValueStream')
      .filter((s) => domainOfStream(s.metadata.id) === domain)
      .map((s) => s.metadata.id);
    const teams = ix
      .all('Team')
      .filter((t) =>
        list(spec(t).worksOn).some((w) => {
          const id = bare(w);
          return streams.includes(String(w).startsWith('stage:') ? streamOfStage(id) : id);
        }),
      )
      .map((t) => t.metadata.id);
    const reaching = ix.all('Budget').filter((b) =>
      list(spec(b).funds).some((f) => {
        const [kind, id] = String(f).split(':');
        return (
          (kind === 'domain' && id === domain) ||
          (kind === 'value-stream' && streams.includes(id)) ||
          (kind === 'team' && teams.includes(id))
        );
      }),
    );
    expect(reaching.map((b) => b.metadata.id).sort()).toEqual([...P.projectFundedMaintenance.budgets].sort());
    expect(reaching.every((b) => spec(b).model === 'project')).toBe(true);
    expect(list(spec(ix.get('Domain', domain)).obligations)).toContainEqual({
      kind: 'maintain',
      target: `generation:${P.projectFundedMaintenance.generation}`,
    });
    const gen = spec(ix.get('Generation', P.projectFundedMaintenance.generation));
    expect(gen.status).toBe('active');
    expect(Date.parse(String(gen.endOfLife))).toBeGreaterThan(Date.parse('2031-10-31')); // 5+ years after --end
  });

  it('(b) the sensor fusion integration point has nobody responsible', () => {
    const ips = ix.all('IntegrationPoint').filter((i) => list(spec(i).responsible).length === 0);
    expect(ips.map((i) => i.metadata.id)).toEqual([P.unownedIntegrationPoint]);
  });

  it('(c) two chassis streams deliver variants of one product and build the same components', () => {
    const [a, b] = P.parallelStreams.streams;
    for (const s of [a, b]) expect(domainOfStream(s)).toBe(P.parallelStreams.domain);
    for (const [s, v] of [
      [a, P.parallelStreams.variants[0]],
      [b, P.parallelStreams.variants[1]],
    ] as const) {
      expect(list(spec(ix.get('ValueStream', s)).delivers)).toContain(`variant:${v}`);
      expect(spec(ix.get('Variant', v)).of).toBe(`product:${P.parallelStreams.product}`);
    }
    for (const c of P.parallelStreams.sharedComponents) expect(new Set(builtIn(c))).toEqual(new Set([a, b]));
  });

  it('(d) exactly the listed team pairs depend on each other without interacting', () => {
    const mismatches = new Set<string>();
    for (const c of ix.all('Component')) {
      for (const dep of list(spec(c).dependsOn)) {
        const [ta, tb] = [owner.get(c.metadata.id), owner.get(bare(dep))];
        if (ta && tb && ta !== tb && !interacts(ta, tb)) mismatches.add([ta, tb].sort().join(' + '));
      }
    }
    expect([...mismatches].sort()).toEqual(
      P.conwayMismatches.map((m) => [...m.teams].sort().join(' + ')).sort(),
    );
    for (const m of P.conwayMismatches) {
      expect(list(spec(ix.get('Component', m.dependency[0])).dependsOn).map(bare)).toContain(m.dependency[1]);
      expect([owner.get(m.dependency[0]), owner.get(m.dependency[1])]).toEqual(m.teams);
    }
  });

  it('(e) work queues in front of the ADAS system integration', () => {
    const waitDays = (stage: (id: string) => boolean) =>
      facts.passages
        .filter((p) => p.leftAt && stage(p.stage))
        .map(
          (p) => (Date.parse(p.leftAt) - Date.parse(p.enteredAt)) / 86_400_000 - Number(p.activeHours) / 24,
        );
    const queue = waitDays((s) => s === P.integrationQueue.stage);
    const systemStages = new Set(
      ix
        .all('Stage')
        .filter((s) => spec(s).integrationLevel === 'system')
        .map((s) => s.metadata.id),
    );
    const others = waitDays((s) => systemStages.has(s) && s !== P.integrationQueue.stage);
    expect(queue.length).toBeGreaterThan(500);
    expect(median(queue)).toBeGreaterThan(14);
    expect(median(queue)).toBeGreaterThan(3 * median(others));
    const feeding = new Set(
      facts.passages
        .filter((p) => p.stage === P.integrationQueue.stage)
        .map((p) => p.workItem.replace(/-\d+$/, '')),
    );
    expect(feeding.size).toBe(P.integrationQueue.feedingStreams.length);
  });

  it('(f) EDU defects made in component/subsystem stages are found at vehicle integration', () => {
    const defects = facts['work-items'].filter(
      (w) => w.type === 'defect' && P.defectEscape.streams.includes(w.valueStream as never),
    );
    const escaped = defects.filter(
      (w) =>
        w.foundIn === P.defectEscape.foundIn && P.defectEscape.injectedIn.includes(w.injectedIn as never),
    );
    expect(escaped.length).toBeGreaterThan(100);
    const rate = (ws: typeof defects) =>
      ws.filter((w) =>
        ['product', 'customer'].includes(String(spec(ix.get('Stage', w.foundIn)).integrationLevel)),
      ).length / ws.length;
    const mechatronicElsewhere = facts['work-items'].filter(
      (w) =>
        w.type === 'defect' &&
        ['battery-system', 'chassis-control-premium', 'steering'].includes(w.valueStream),
    );
    expect(rate(defects)).toBeGreaterThan(0.4);
    expect(rate(defects)).toBeGreaterThan(2 * rate(mechatronicElsewhere));
  });

  it('(g) product-mode streams depend on project-mode streams', () => {
    for (const g of P.productDependsOnProject) {
      expect(spec(ix.get('ValueStream', g.productStream)).operatingMode).toBe('product');
      expect(spec(ix.get('ValueStream', g.projectStream)).operatingMode).toBe('project');
      expect(builtIn(g.dependency[0])).toContain(g.productStream);
      expect(builtIn(g.dependency[1])).toContain(g.projectStream);
      expect(list(spec(ix.get('Component', g.dependency[0])).dependsOn).map(bare)).toContain(g.dependency[1]);
    }
  });

  it('has one budget that funds nothing', () => {
    expect(
      ix
        .all('Budget')
        .filter((b) => list(spec(b).funds).length === 0)
        .map((b) => b.metadata.id),
    ).toEqual([P.unusedBudget]);
  });

  it('has a team split across domains', () => {
    const t = spec(ix.get('Team', P.splitTeam.team));
    const domains = new Set(list(t.worksOn).map((w) => domainOfStream(bare(w))));
    expect([...domains].sort()).toEqual([...P.splitTeam.domains].sort());
  });

  it('has a team with high cognitive load', () => {
    const counts = ix
      .all('Team')
      .map((t) => ({ id: t.metadata.id, n: list(spec(t).owns).length }))
      .filter((t) => t.n > 0);
    counts.sort((a, b) => b.n - a.n);
    expect(counts[0].id).toBe(P.highLoadTeam);
    expect(counts[0].n).toBeGreaterThanOrEqual(15);
    expect(counts[0].n).toBeGreaterThan(3 * median(counts.map((c) => c.n)));
  });

  it('has orphan components', () => {
    expect(
      ix
        .all('Component')
        .filter((c) => !owner.has(c.metadata.id))
        .map((c) => c.metadata.id),
    ).toEqual([...P.orphanComponents]);
  });

  it('has a product whose variants are spread over many streams', () => {
    const variants = ix
      .all('Variant')
      .filter((v) => spec(v).of === `product:${P.fragmentedProduct.product}`)
      .map((v) => `variant:${v.metadata.id}`);
    const streams = ix
      .all('ValueStream')
      .filter((s) => list(spec(s).delivers).some((d) => variants.includes(String(d))));
    expect(streams.map((s) => s.metadata.id).sort()).toEqual([...P.fragmentedProduct.streams].sort());
    expect(new Set(streams.map((s) => domainOfStream(s.metadata.id))).size).toBeGreaterThanOrEqual(4);
  });
});
