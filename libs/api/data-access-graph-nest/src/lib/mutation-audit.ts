import { AsyncLocalStorage } from 'node:async_hooks';
import type { Tx } from '@streamscape/graph';

/** How the running mutation records itself in the audit trail, inside a write transaction. */
export interface MutationAudit {
  record(tx: Tx, result: unknown): Promise<void>;
}

const running = new AsyncLocalStorage<MutationAudit>();

/** Runs `work` (a mutation's resolver) with `audit` as the mutation that `auditWrite` records. */
export function withMutationAudit<T>(audit: MutationAudit, work: () => T): T {
  return running.run(audit, work);
}

/**
 * Records the running mutation in the audit trail inside `tx`, the transaction that makes its change, so
 * that the change and its audit event commit together or not at all. Call it once the change is sound,
 * just before the work returns; outside a mutation (an import, a test) it does nothing.
 */
export async function auditWrite(tx: Tx, result: unknown): Promise<void> {
  await running.getStore()?.record(tx, result);
}
