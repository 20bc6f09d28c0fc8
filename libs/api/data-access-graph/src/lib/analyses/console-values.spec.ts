import neo4j, {
  DateTime,
  Duration,
  Integer,
  LocalTime,
  Node,
  Path,
  PathSegment,
  Point,
  Relationship,
} from 'neo4j-driver';
import { toConsoleJson, toConsoleParams } from './console-values';

const team = new Node(neo4j.int(1), ['Team'], { id: 'alpha', size: neo4j.int(7) }, '4:db:1');
const component = new Node(neo4j.int(2), ['Component'], { id: 'inverter-sw' }, '4:db:2');
const owns = new Relationship(
  neo4j.int(9),
  neo4j.int(1),
  neo4j.int(2),
  'OWNS',
  { since: neo4j.int(2024) },
  '5:db:9',
  '4:db:1',
  '4:db:2',
);

describe('toConsoleJson', () => {
  it('gives nodes and relationships by element id, with their properties', () => {
    expect(toConsoleJson(team)).toEqual({
      id: '4:db:1',
      labels: ['Team'],
      properties: { id: 'alpha', size: 7 },
    });
    expect(toConsoleJson(owns)).toEqual({
      id: '5:db:9',
      type: 'OWNS',
      start: '4:db:1',
      end: '4:db:2',
      properties: { since: 2024 },
    });
  });

  it('gives a path as its nodes and relationships in order', () => {
    const path = new Path(team, component, [new PathSegment(team, owns, component)]);
    expect(toConsoleJson(path)).toEqual({
      nodes: [toConsoleJson(team), toConsoleJson(component)],
      relationships: [toConsoleJson(owns)],
    });
  });

  it('keeps integers exact: numbers up to 2^53, strings beyond', () => {
    expect(toConsoleJson(neo4j.int(42))).toBe(42);
    expect(toConsoleJson(Integer.fromString('9007199254740993'))).toBe('9007199254740993');
    expect(toConsoleJson(-9007199254740993n)).toBe('-9007199254740993');
  });

  it('writes temporals as ISO 8601 strings', () => {
    expect(toConsoleJson(new neo4j.types.Date(2026, 1, 2))).toBe('2026-01-02');
    expect(toConsoleJson(new DateTime(2026, 1, 2, 3, 4, 5, 0, 0))).toBe('2026-01-02T03:04:05Z');
    expect(toConsoleJson(new LocalTime(9, 30, 0, 0))).toBe('09:30:00');
    expect(toConsoleJson(new Duration(0, 1, 7200, 0))).toBe('P1DT2H');
  });

  it('answers JSON for everything else: points, non-finite floats, lists and maps, null', () => {
    expect(toConsoleJson(new Point(neo4j.int(7203), 1.5, 2))).toEqual({ srid: 7203, x: 1.5, y: 2 });
    expect(toConsoleJson(Number.NaN)).toBe('NaN');
    expect(toConsoleJson(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(toConsoleJson({ team, counts: [neo4j.int(1), null, 2.5], ok: true })).toEqual({
      team: toConsoleJson(team),
      counts: [1, null, 2.5],
      ok: true,
    });
    expect(toConsoleJson(undefined)).toBeNull();
    expect(toConsoleJson(new Int8Array([1, 2, 3]))).toBe('AQID');
  });

  it('gives JSON.stringify nothing it cannot write', () => {
    const value = toConsoleJson([Integer.fromString('9007199254740993'), team, new Duration(1, 0, 0, 0)]);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});

describe('toConsoleParams', () => {
  it('sends whole numbers as integers, at any depth, and the rest as it is', () => {
    const params = toConsoleParams({ n: 10, ratio: 0.5, ids: ['a'], nested: { max: [1, 2.5] }, none: null });
    expect(neo4j.isInt(params['n'])).toBe(true);
    expect((params['n'] as Integer).toNumber()).toBe(10);
    expect(params['ratio']).toBe(0.5);
    expect(params['ids']).toEqual(['a']);
    const max = (params['nested'] as { max: unknown[] }).max;
    expect(neo4j.isInt(max[0])).toBe(true);
    expect(max[1]).toBe(2.5);
    expect(params['none']).toBeNull();
  });
});
