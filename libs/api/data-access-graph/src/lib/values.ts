import neo4j, { Date as Neo4jDate, DateTime, Integer, isDate, isDateTime, isInt } from 'neo4j-driver';
import { dateValue, integerValue, isTagged, type PropValue, type Props } from '@streamscape/landscape';
import { GraphError, GraphErrorCode } from './errors';

/**
 * Integer conversion, in one place: a Neo4j integer becomes a JavaScript number when it is exact,
 * and a bigint when it is not, so nothing is silently rounded beyond 2^53.
 */
export function toJsInteger(value: Integer): number | bigint {
  return value.inSafeRange() ? value.toNumber() : value.toBigInt();
}

/** For counts and other values that must be numbers: refuses, rather than rounds, a value beyond 2^53. */
export function toSafeNumber(value: unknown, what: string): number {
  if (isInt(value)) {
    if (!value.inSafeRange()) {
      throw new GraphError(
        GraphErrorCode.INTEGER_OVERFLOW,
        `${what} is ${value.toString()}, beyond what a number holds exactly`,
      );
    }
    return value.toNumber();
  }
  if (typeof value === 'bigint') return toSafeNumber(neo4j.int(value.toString()), what);
  if (typeof value === 'number') return value;
  throw new GraphError(GraphErrorCode.UNKNOWN, `${what} is not a number`);
}

/** Plain JavaScript from what the driver returns: integers converted, temporals as ISO strings. */
export function toJs(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isInt(value)) return toJsInteger(value);
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toJs);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJs(v)]));
  }
  return value;
}

/** A landscape property as the driver should send it. */
export function toNeo4jProp(value: PropValue): unknown {
  if (!isTagged(value)) return value;
  if (value.type === 'integer') return neo4j.int(value.value);
  return toNeo4jDate(value.value);
}

function toNeo4jDate(iso: string): Neo4jDate<number> {
  const [y, m, d] = iso.split('-').map(Number);
  return new Neo4jDate(y, m, d);
}

export function toNeo4jProps(props: Props): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toNeo4jProp(v)]));
}

/** A stored property back in landscape form (the inverse of toNeo4jProp). */
export function fromNeo4jProp(value: unknown): PropValue {
  if (isInt(value)) {
    const n = toJsInteger(value);
    if (typeof n === 'bigint') {
      throw new GraphError(
        GraphErrorCode.INTEGER_OVERFLOW,
        `integer property ${n} is beyond what a number holds exactly`,
      );
    }
    return integerValue(n);
  }
  if (isDate(value)) return dateValue(value.toString());
  if (isDateTime(value)) return (value as DateTime).toString();
  return value as PropValue;
}

export function fromNeo4jProps(props: Record<string, unknown>): Props {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromNeo4jProp(v)]));
}
