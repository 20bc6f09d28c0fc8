import { MIGRATION_STATEMENTS, MIGRATIONS, type Migration } from './cypher/schema';
import { GraphError, GraphErrorCode } from './errors';
import { rows, type Graph } from './graph';
import { toSafeNumber } from './values';

export interface MigrationReport {
  readonly applied: readonly Migration[];
  readonly current: number;
}

/**
 * Brings the database schema to the newest version. Statements are idempotent (IF NOT EXISTS), so two
 * processes migrating at once, or a migration interrupted half-way, end in the same state.
 */
export async function migrate(
  graph: Graph,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  await graph.schema('migrate: tracking', MIGRATION_STATEMENTS.ensureTracking);
  const done = await graph.read('migrate: applied versions', (tx) =>
    rows<{ version: unknown }>(tx, MIGRATION_STATEMENTS.applied),
  );
  const appliedVersions = new Set(done.map((r) => toSafeNumber(r.version, 'migration version')));
  const pending = migrations.filter((m) => !appliedVersions.has(m.version));
  for (const migration of pending) {
    for (const statement of migration.statements) {
      try {
        await graph.schema(`migrate: ${migration.version}`, statement);
      } catch (error) {
        throw new GraphError(
          GraphErrorCode.MIGRATION,
          `Migration ${migration.version} (${migration.name}) failed on: ${statement}`,
          {
            cause: error,
          },
        );
      }
    }
    await graph.write(`migrate: record ${migration.version}`, (tx) =>
      tx.run(MIGRATION_STATEMENTS.record, { version: migration.version, name: migration.name }),
    );
  }
  const current = Math.max(
    0,
    ...migrations
      .map((m) => m.version)
      .filter((v) => appliedVersions.has(v) || pending.some((p) => p.version === v)),
  );
  return { applied: pending, current };
}
