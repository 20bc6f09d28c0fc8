import type { KindName, Ref } from '@streamscape/domain';

/** A date without time (`endOfLife`, `plannedStart`), kept apart from plain strings so it round-trips as a date. */
export interface DateValue {
  readonly type: 'date';
  readonly value: string;
}

/** Integers are tagged so the graph layer stores them as Neo4j integers, not floats. */
export interface IntegerValue {
  readonly type: 'integer';
  readonly value: number;
}

export type PropValue = string | number | boolean | string[] | DateValue | IntegerValue;
export type Props = Record<string, PropValue>;

/** A relationship as the graph holds it, seen from the entity whose field declares it. */
export interface Relation {
  readonly field: string;
  readonly type: string;
  /** true when the relationship points at the declaring entity (e.g. PROVIDES into a Budget) */
  readonly reverse: boolean;
  readonly target: Ref;
  readonly props: Props;
}

/** An entity in the neutral form that the validator produces, the graph layer writes and reads, and export writes. */
export interface Entity {
  readonly kind: KindName;
  readonly id: string;
  /** node properties, `id` excluded, enums in graph spelling */
  readonly props: Props;
  readonly rels: readonly Relation[];
}

export const dateValue = (value: string): DateValue => ({ type: 'date', value });
export const integerValue = (value: number): IntegerValue => ({ type: 'integer', value });

export function isTagged(v: PropValue): v is DateValue | IntegerValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const sortKeys = (o: Props) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** A stable text form of properties: equal maps give equal text, whatever the key order. */
export const propsText = (props: Props): string => JSON.stringify(sortKeys(props));

/** A stable text form of a set of entities: equal sets give equal text, whatever the order. */
export function canonicalText(entities: readonly Entity[]): string {
  return JSON.stringify(
    entities
      .map((e) => ({
        kind: e.kind,
        id: e.id,
        props: sortKeys(e.props),
        rels: e.rels
          .map((r) => ({ ...r, props: sortKeys(r.props) }))
          .map((r) => JSON.stringify(r))
          .sort(),
      }))
      .sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`)),
  );
}
