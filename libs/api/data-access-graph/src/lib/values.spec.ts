import neo4j from 'neo4j-driver';
import { GraphErrorCode } from './errors';
import { fromNeo4jProp, toJs, toNeo4jProp, toSafeNumber } from './values';

describe('integer mapping', () => {
  it('gives numbers where they are exact and bigints beyond 2^53', () => {
    expect(toJs(neo4j.int(42))).toBe(42);
    expect(toJs(neo4j.int('9007199254740993'))).toBe(9007199254740993n);
    expect(toJs({ counts: [neo4j.int(1), neo4j.int('-9007199254740993')] })).toEqual({
      counts: [1, -9007199254740993n],
    });
  });

  it('refuses to round a count beyond 2^53', () => {
    expect(toSafeNumber(neo4j.int(7), 'count')).toBe(7);
    expect(() => toSafeNumber(neo4j.int('9007199254740993'), 'count')).toThrow(
      expect.objectContaining({ code: GraphErrorCode.INTEGER_OVERFLOW }),
    );
  });

  it('round-trips tagged landscape values through driver types', () => {
    const int = toNeo4jProp({ type: 'integer', value: 12 });
    expect(neo4j.isInt(int)).toBe(true);
    expect(fromNeo4jProp(int)).toEqual({ type: 'integer', value: 12 });

    const date = toNeo4jProp({ type: 'date', value: '2031-12-31' });
    expect(neo4j.isDate(date)).toBe(true);
    expect(fromNeo4jProp(date)).toEqual({ type: 'date', value: '2031-12-31' });

    expect(toNeo4jProp(12.5)).toBe(12.5);
    expect(toNeo4jProp(['a'])).toEqual(['a']);
  });
});
