import { FACT_DEFS, KINDS } from '@streamscape/domain';
import { label } from './identifiers';

/** Fact labels keyed by `id`; Measure has no id of its own and is keyed by scope, metric and time. */
const FACT_ID_LABELS = FACT_DEFS.filter((d) => d.columns.some((c) => c.name === 'id')).map((d) => d.label);

const unique = (l: string, property = 'id') =>
  `CREATE CONSTRAINT ${l.toLowerCase()}_${property}_unique IF NOT EXISTS FOR (n:${label(l)}) REQUIRE n.${property} IS UNIQUE`;
const index = (l: string, property: string) =>
  `CREATE INDEX ${l.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label(l)}) ON (n.${property})`;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Versioned schema migrations, applied in order on start; a version never changes once released. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'unique id for every kind and fact',
    statements: [
      ...KINDS.map((k) => unique(k.label)),
      ...FACT_ID_LABELS.map((l) => unique(l)),
      unique('Measure', 'key'),
    ],
  },
  {
    version: 2,
    name: 'indexes for names and time windows',
    statements: [
      ...KINDS.map((k) => index(k.label, 'name')),
      index('WorkItem', 'createdAt'),
      index('WorkItem', 'doneAt'),
      index('Deployment', 'at'),
      index('Incident', 'openedAt'),
    ],
  },
  {
    version: 3,
    name: 'import journal',
    statements: [
      unique('Import'),
      ...['WorkItem', 'Deployment', 'Incident', 'Measure'].map((l) => index(l, '_import')),
      'CREATE INDEX passed__import IF NOT EXISTS FOR ()-[p:PASSED]-() ON (p._import)',
    ],
  },
  {
    version: 4,
    name: 'metrics: passage and start times, weekly rollups',
    statements: [
      'CREATE INDEX passed_enteredAt IF NOT EXISTS FOR ()-[p:PASSED]-() ON (p.enteredAt)',
      'CREATE INDEX passed_leftAt IF NOT EXISTS FOR ()-[p:PASSED]-() ON (p.leftAt)',
      index('WorkItem', 'startedAt'),
      index('Measure', 'at'),
      ...['MetricsStageWeek', 'MetricsStreamWeek', 'MetricsRouteWeek'].flatMap((l) => [
        unique(l),
        index(l, 'week'),
      ]),
      index('MetricsRouteWeek', 'injected'),
      index('MetricsRouteWeek', 'found'),
      unique('MetricsRollup'),
    ],
  },
  {
    version: 5,
    name: 'portfolio reviews and their snapshots',
    statements: [unique('Review'), unique('Snapshot')],
  },
];

export const MIGRATION_STATEMENTS = {
  ensureTracking:
    'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
  applied: 'MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version',
  record: 'MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.appliedAt = datetime()',
} as const;
