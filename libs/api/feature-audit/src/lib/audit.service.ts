import { Injectable } from '@nestjs/common';
import { toConnection, toPage, type Connection, type Principal } from '@streamscape/api-graphql';
import {
  listAuditEvents,
  recordAuditEvent,
  type AuditActor,
  type NewAuditEvent,
  type Tx,
} from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import type { AuditEvent, AuditEventKind, AuditTrailArgs } from './audit-event.model';

/** What a mutation wrote, as far as its arguments and result tell. */
export interface MutationWrite {
  readonly operation: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly result: unknown;
}

@Injectable()
export class AuditService {
  constructor(private readonly graph: GraphHost) {}

  /** Records a mutation inside the transaction that made its change. */
  async recordMutationIn(tx: Tx, principal: Principal | null, write: MutationWrite): Promise<void> {
    await recordAuditEvent(tx, mutationEvent(principal, write));
  }

  /** Records a mutation in a transaction of its own, after its change committed. */
  async recordMutation(principal: Principal | null, write: MutationWrite): Promise<void> {
    await this.graph.write(`audit: ${write.operation}`, (tx) => this.recordMutationIn(tx, principal, write));
  }

  async trail(args: AuditTrailArgs): Promise<Connection<AuditEvent>> {
    const page = toPage(args);
    const filter = args.filter ?? {};
    const { events, totalCount } = await this.graph.read('auditTrail', (tx) =>
      listAuditEvents(
        tx,
        {
          actor: filter.actor,
          kind: filter.kind,
          operation: filter.operation,
          id: filter.id,
          from: filter.from?.toISOString(),
          to: filter.to?.toISOString(),
        },
        page,
      ),
    );
    return toConnection(
      events.map((e) => ({ ...e, at: new Date(e.at), kind: e.kind as AuditEventKind })),
      page,
      totalCount,
    );
  }
}

function mutationEvent(principal: Principal | null, write: MutationWrite): NewAuditEvent {
  const { ids, fields } = whatWasWritten(write);
  return { kind: 'MUTATION', actor: actorOf(principal), operation: write.operation, ids, fields };
}

export function actorOf(principal: Principal | null): AuditActor {
  return principal
    ? { id: principal.id, name: principal.username ?? principal.name }
    : { id: 'anonymous', name: 'anonymous' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The ids a mutation wrote (an `id` argument, an input's `id`, the `id` of what it returns) and the fields
 * it set: each key of an object argument (`input.name`), and the other arguments by name (`cascade`).
 */
export function whatWasWritten(write: MutationWrite): { ids: string[]; fields: string[] } {
  const ids: string[] = [];
  const fields: string[] = [];
  const addId = (value: unknown) => {
    if (typeof value === 'string' && value !== '') ids.push(value);
  };
  for (const [name, value] of Object.entries(write.args)) {
    if (name === 'id' || name.endsWith('Id')) addId(value);
    else if (isRecord(value)) {
      addId(value['id']);
      for (const key of Object.keys(value)) if (key !== 'id') fields.push(`${name}.${key}`);
    } else if (value !== undefined) fields.push(name);
  }
  if (isRecord(write.result)) addId(write.result['id']);
  return { ids: [...new Set(ids)], fields: [...new Set(fields)].sort() };
}
