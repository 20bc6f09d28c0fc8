import neo4j from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { rows, type Tx } from '../lib/graph';
import { toSafeNumber } from '../lib/values';

/** What kind of write an audit event records. */
export type AuditEventKind = 'MUTATION' | 'IMPORT';

/** Who made a change: a principal's id and the name people know them by. */
export interface AuditActor {
  readonly id: string;
  readonly name: string;
}

export interface NewAuditEvent {
  readonly kind: AuditEventKind;
  readonly actor: AuditActor;
  /** the mutation's field name (`updateTeam`), or `import (merge)` / `import (replace)` */
  readonly operation: string;
  /** ids of the entities (or other objects) it wrote */
  readonly ids: readonly string[];
  /** names of the fields it set or changed (`input.name`), or, for imports, the kinds it wrote */
  readonly fields: readonly string[];
  /** a few numbers or words more (counts of an import), stored as JSON */
  readonly details?: Readonly<Record<string, unknown>>;
  /** default: now */
  readonly at?: Date;
}

export interface AuditEvent {
  readonly id: string;
  /** ISO 8601, UTC */
  readonly at: string;
  readonly kind: AuditEventKind;
  readonly actorId: string;
  readonly actorName: string;
  readonly operation: string;
  readonly ids: string[];
  readonly fields: string[];
  readonly details: Record<string, unknown> | null;
}

export interface AuditFilter {
  /** an actor's id or name */
  readonly actor?: string | null;
  readonly kind?: AuditEventKind | null;
  readonly operation?: string | null;
  /** events that wrote this id */
  readonly id?: string | null;
  /** ISO 8601 instants: from inclusive, to exclusive */
  readonly from?: string | null;
  readonly to?: string | null;
}

const WHERE = `WHERE ($actor IS NULL OR e.actorId = $actor OR e.actorName = $actor)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($operation IS NULL OR e.operation = $operation)
  AND ($id IS NULL OR $id IN e.ids)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))`;

/** The audit trail's statements; values are always parameters. AuditEvent nodes are only ever created. */
export const auditCypher = {
  record: `CREATE (e:AuditEvent {id: $id, at: datetime($at), kind: $kind, actorId: $actorId, actorName: $actorName,
  operation: $operation, ids: $ids, fields: $fields, details: $details})`,
  count: `MATCH (e:AuditEvent) ${WHERE} RETURN count(e) AS total`,
  page: `MATCH (e:AuditEvent) ${WHERE}
RETURN e.id AS id, toString(e.at) AS at, e.kind AS kind, e.actorId AS actorId, e.actorName AS actorName,
  e.operation AS operation, e.ids AS ids, e.fields AS fields, e.details AS details
ORDER BY e.at DESC, e.id DESC SKIP $offset LIMIT $limit`,
} as const;

/**
 * Appends one event to the audit trail, in the caller's transaction (so an import and its event commit
 * together). Returns the event's id.
 */
export async function recordAuditEvent(tx: Tx, event: NewAuditEvent): Promise<string> {
  const id = randomUUID();
  await tx.run(auditCypher.record, {
    id,
    at: (event.at ?? new Date()).toISOString(),
    kind: event.kind,
    actorId: event.actor.id,
    actorName: event.actor.name,
    operation: event.operation,
    ids: [...new Set(event.ids)],
    fields: [...new Set(event.fields)].sort(),
    details: event.details ? JSON.stringify(event.details) : null,
  });
  return id;
}

/** One page of the audit trail, newest first, and how many events match the filter. */
export async function listAuditEvents(
  tx: Tx,
  filter: AuditFilter,
  page: { readonly offset: number; readonly limit: number },
): Promise<{ events: AuditEvent[]; totalCount: number }> {
  const params = {
    actor: filter.actor ?? null,
    kind: filter.kind ?? null,
    operation: filter.operation ?? null,
    id: filter.id ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  const [{ total }] = await rows<{ total: unknown }>(tx, auditCypher.count, params);
  const found = await rows<Omit<AuditEvent, 'details'> & { details: string | null }>(tx, auditCypher.page, {
    ...params,
    // SKIP and LIMIT take integers, and JavaScript numbers travel as floats
    offset: neo4j.int(page.offset),
    limit: neo4j.int(page.limit),
  });
  return {
    totalCount: toSafeNumber(total, 'audit events'),
    events: found.map((e) => ({
      ...e,
      details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null,
    })),
  };
}

/** An import records at most this many entity ids in its event (the counts are always complete). */
export const MAX_IMPORT_IDS = 5_000;

/** The audit event of an import: the ids and kinds of the entities in its files, and its counts. */
export function importAuditEvent(
  actor: AuditActor,
  mode: string,
  entities: readonly { readonly kind: string; readonly id: string }[],
  counts: Readonly<Record<string, unknown>>,
): NewAuditEvent {
  return {
    kind: 'IMPORT',
    actor,
    operation: `import (${mode})`,
    ids: entities.slice(0, MAX_IMPORT_IDS).map((e) => e.id),
    fields: [...new Set(entities.map((e) => e.kind))],
    details: { ...counts, ...(entities.length > MAX_IMPORT_IDS ? { idsTruncatedAt: MAX_IMPORT_IDS } : {}) },
  };
}
