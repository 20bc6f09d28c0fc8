import type { Finding } from './finding';
import { fromStored, mergeFindings, storedAbout } from './merge';
import { resolveThresholds } from './thresholds';

const finding = (
  id: string,
  severity: Finding['severity'],
  rule: string | null,
  about: string[] = [],
): Finding => ({
  id,
  rule,
  source: rule ? `rule:${rule}` : 'manual',
  kind: 'WEAKNESS',
  severity,
  status: 'OPEN',
  title: id,
  description: null,
  about,
});

describe('findings from several places', () => {
  it('come back once per id, keeping everything either was about', () => {
    expect(
      mergeFindings(
        [finding('x', 'LOW', 'r', ['team:a', 'component:1'])],
        [finding('x', 'LOW', 'r', ['team:a', 'component:2'])],
      ),
    ).toEqual([finding('x', 'LOW', 'r', ['team:a', 'component:1', 'component:2'])]);
  });

  it('most severe first, computed before stored, then by rule and id', () => {
    const sorted = mergeFindings([
      finding('m', 'HIGH', null),
      finding('b', 'LOW', 'a-rule'),
      finding('c', 'HIGH', 'z-rule'),
      finding('a', 'HIGH', 'z-rule'),
      finding('n', null, null),
      finding('d', 'MEDIUM', 'a-rule'),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['a', 'c', 'm', 'd', 'b', 'n']);
  });

  it('stored ones are manual, with view ids, kept when about a node of the view', () => {
    const stored = {
      id: 'queue',
      name: 'A queue',
      description: 'Work waits',
      kind: 'WEAKNESS',
      severity: 'HIGH',
      status: 'OPEN',
      about: [{ kind: 'Stage', id: 'sys' }],
    };
    expect(fromStored(stored)).toEqual({
      id: 'finding:queue',
      rule: null,
      source: 'manual',
      kind: 'WEAKNESS',
      severity: 'HIGH',
      status: 'OPEN',
      title: 'A queue',
      description: 'Work waits',
      about: ['stage:sys'],
    });
    expect(storedAbout([stored], new Set(['stage:sys']))).toHaveLength(1);
    expect(storedAbout([stored], new Set(['stage:other']))).toEqual([]);
  });
});

describe('thresholds', () => {
  it('default, with asOf today, and take overrides that are set', () => {
    expect(
      resolveThresholds(
        { maxStreamsPerTeam: 5, minSharedComponents: undefined },
        new Date('2026-03-04T10:00:00Z'),
      ),
    ).toEqual({
      longLivedYears: 3,
      asOf: '2026-03-04',
      maxDomainsPerTeam: 1,
      maxComponentsPerTeam: 12,
      maxStreamsPerTeam: 5,
      maxCouplingDensity: 0.3,
      minCouplingWeight: 3,
      minSharedComponents: 2,
      maxStreamsPerProduct: 3,
    });
  });
});
