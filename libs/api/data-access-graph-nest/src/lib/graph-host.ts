import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  Graph,
  type GraphConfig,
  GraphError,
  GraphErrorCode,
  migrate,
  type Tx,
  type TxOptions,
} from '@streamscape/graph';

export interface GraphModuleOptions {
  readonly config: GraphConfig;
  /** false: never connect (schema generation without a database); every use answers UNAVAILABLE */
  readonly connect?: boolean;
  /** backoff between connection attempts at start-up, milliseconds */
  readonly retry?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number };
  /** time limit of the readiness ping, milliseconds */
  readonly pingTimeoutMs?: number;
}

export const GRAPH_MODULE_OPTIONS = Symbol('GRAPH_MODULE_OPTIONS');

/** The cheapest statement that proves a read transaction works end to end. */

/**
 * Holds the app's Graph. Connects and migrates at start-up; while Neo4j is not up yet it keeps retrying
 * with backoff and the app serves anyway (readiness says 503, queries UNAVAILABLE). Once connected the
 * driver reconnects by itself after an outage, so nothing here remembers a failure.
 */
@Injectable()
export class GraphHost implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Graph');
  private current: Graph | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(@Inject(GRAPH_MODULE_OPTIONS) private readonly options: GraphModuleOptions) {}

  /** true once connected and migrated */
  get ready(): boolean {
    return this.current !== undefined;
  }

  /** The Graph, for `@streamscape/graph` functions that take one; UNAVAILABLE before the first connection. */
  get graph(): Graph {
    if (!this.current) {
      throw new GraphError(
        GraphErrorCode.UNAVAILABLE,
        `Neo4j at ${this.options.config.uri} is not connected yet`,
      );
    }
    return this.current;
  }

  async read<T>(operation: string, work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.graph.read(operation, work, options);
  }

  async write<T>(operation: string, work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.graph.write(operation, work, options);
  }

  /** One read round trip within the time limit; throws a GraphError when Neo4j cannot answer. */
  async ping(timeoutMs = this.options.pingTimeoutMs ?? 2_000): Promise<void> {
    const graph = this.graph;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new GraphError(GraphErrorCode.TIMEOUT, `Neo4j did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    // the driver keeps retrying an unreachable server for a while: let it, but answer on time
    const ping = graph.ping(timeoutMs);
    ping.catch(() => undefined);
    try {
      await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleInit(): Promise<void> {
    if (this.options.connect === false) return;
    await this.attempt(1);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const graph = this.current;
    this.current = undefined;
    await graph?.close();
  }

  private async attempt(attempt: number): Promise<void> {
    const { uri, database } = this.options.config;
    try {
      const graph = await Graph.connect(this.options.config);
      try {
        const report = await migrate(graph);
        if (this.closed) return await graph.close();
        this.current = graph;
        const applied = report.applied.length ? `, applied ${report.applied.length} migration(s)` : '';
        this.logger.log(
          `Connected to Neo4j at ${uri} (database ${database}), schema version ${report.current}${applied}`,
        );
      } catch (error) {
        await graph.close();
        throw error;
      }
    } catch (error) {
      if (this.closed) return;
      const delay = this.delayBefore(attempt + 1);
      const reason = error instanceof GraphError ? `${error.code}: ${error.message}` : String(error);
      this.logger.warn(
        `Neo4j at ${uri} is not ready yet (attempt ${attempt}, ${reason}); retrying in ${delay / 1000} s`,
      );
      this.retryTimer = setTimeout(() => void this.attempt(attempt + 1), delay);
    }
  }

  private delayBefore(attempt: number): number {
    const initial = this.options.retry?.initialDelayMs ?? 1_000;
    const max = this.options.retry?.maxDelayMs ?? 30_000;
    return Math.min(initial * 2 ** (attempt - 2), max);
  }
}
