import { resolveScope, ScopeNotFoundError } from './scope';
import { Topology } from './structure';
import { LINE_STRUCTURE } from './testing/line.fixture';

const topology = new Topology(LINE_STRUCTURE);

describe('resolveScope', () => {
  it('takes the enterprise as every stage and stream, items without a stream included', () => {
    const scope = resolveScope(topology, { kind: 'enterprise' });
    expect(scope).toMatchObject({
      ref: 'enterprise:acme',
      grain: 'stream',
      measured: null,
      domains: ['d1', 'd2'],
    });
    expect(scope.streams).toEqual(['line', 'sub', 'other', '']);
    expect(scope.stages).toHaveLength(6);
  });

  it('takes a domain or a value stream with its sub-streams', () => {
    expect(resolveScope(topology, { kind: 'domain', id: 'd1' })).toMatchObject({
      streams: ['line', 'sub'],
      stages: ['line-sys', 'line-veh', 'sub-comp', 'sub-int'],
    });
    const line = resolveScope(topology, { kind: 'value-stream', id: 'line' });
    expect(line.streams).toEqual(['line', 'sub']);
    expect(line.measured).toEqual(expect.arrayContaining(['Team:t1', 'Team:t2', 'ValueStream:sub']));
    expect(resolveScope(topology, { kind: 'value-stream', id: 'sub' }).measured).not.toContain('Team:t2');
  });

  it('takes a stage, or the stage of an integration point, by passages', () => {
    expect(resolveScope(topology, { kind: 'stage', id: 'line-veh' })).toMatchObject({
      grain: 'stage',
      stages: ['line-veh'],
      streams: [],
      measured: ['Stage:line-veh', 'Team:t2'],
    });
    expect(resolveScope(topology, { kind: 'integration-point', id: 'ip1' })).toMatchObject({
      ref: 'integration-point:ip1',
      stages: ['line-sys'],
    });
  });

  it('takes teams and org units by what their teams work on', () => {
    expect(resolveScope(topology, { kind: 'team', id: 't2' })).toMatchObject({
      grain: 'stage',
      stages: ['line-veh'],
    });
    const unit = resolveScope(topology, { kind: 'org-unit', id: 'ou1' });
    expect(unit).toMatchObject({ grain: 'stream', streams: ['sub'] });
    expect(unit.measured).toEqual(['OrgUnit:ou1', 'OrgUnit:ou2', 'Team:t1', 'Team:t2']);
  });

  it('refuses unknown ids', () => {
    expect(() => resolveScope(topology, { kind: 'domain', id: 'nope' })).toThrow(ScopeNotFoundError);
    expect(() => resolveScope(topology, { kind: 'stage' })).toThrow('A stage scope needs an id');
    expect(() => resolveScope(topology, { kind: 'enterprise', id: 'other' })).toThrow(ScopeNotFoundError);
  });
});
