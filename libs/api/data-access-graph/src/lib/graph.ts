import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Transaction,
} from 'neo4j-driver';
import type { GraphConfig } from './config';
import { toGraphError } from './errors';

/** A transaction to run statements in: managed (retried) or explicit; both offer `run`. */
export type Tx = ManagedTransaction | Transaction;

export interface TxOptions {
  /** milliseconds; defaults to the configured read limit for reads, none for writes */
  readonly timeoutMs?: number;
}

/**
 * The one gateway to Neo4j: owns the driver, names the database on every session, runs work in
 * managed transactions (retried on transient errors) tagged with the operation's name, and turns
 * driver errors into GraphErrors.
 */
export class Graph {
  private constructor(
    private readonly driver: Driver,
    readonly config: GraphConfig,
  ) {}

  static async connect(config: GraphConfig): Promise<Graph> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      userAgent: 'streamscape',
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      // a request should hear UNAVAILABLE in seconds, not after the driver's default 30 s of retries
      maxTransactionRetryTime: 5_000,
    });
    try {
      await driver.verifyConnectivity({ database: config.database });
    } catch (error) {
      await driver.close();
      throw toGraphError(error, `connecting to ${config.uri}`);
    }
    return new Graph(driver, config);
  }

  /** Read-only work: runs on a read transaction (a read replica in a cluster) with a time limit. */
  read<T>(operation: string, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.run('READ', operation, work, options.timeoutMs ?? this.config.readTimeoutMs);
  }

  write<T>(operation: string, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.run('WRITE', operation, work, options.timeoutMs);
  }

  /**
   * One explicit write transaction, not retried: for long work such as an import, where a retry would
   * repeat minutes of work (a transient error is reported instead, and nothing is written).
   */
  async transaction<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const tx = session.beginTransaction({ metadata: { app: 'streamscape', operation } });
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw toGraphError(error, operation);
    } finally {
      await session.close();
    }
  }

  /** One read round trip: resolves when Neo4j answers queries, throws a GraphError when not. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.read('ping', (tx) => tx.run('RETURN 1 AS ok'), { timeoutMs });
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data. */
  async schema(operation: string, statement: string): Promise<void> {
    await this.write(operation, (tx) => tx.run(statement));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    operation: string,
    work: (tx: Tx) => Promise<T>,
    timeoutMs: number | undefined,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      metadata: { app: 'streamscape', operation },
      ...(timeoutMs ? { timeout: timeoutMs } : {}),
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw toGraphError(error, operation);
    } finally {
      await session.close();
    }
  }
}

/** Runs one statement and returns its records as plain objects. */
export async function rows<T extends RecordShape>(
  tx: Tx,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result: QueryResult<T> = await tx.run<T>(cypher, params);
  // what Record.toObject gives, without its generator (it allocates several objects per field)
  return result.records.map((r) => {
    const obj: Record<string, unknown> = {};
    const keys = r.keys;
    for (let i = 0; i < keys.length; i++) obj[keys[i] as string] = r.get(i);
    return obj as T;
  });
}
