import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { GraphError, GraphErrorCode } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';

/** Neo4j answers a read within a short time limit. Asks every time: an outage and a recovery show at once. */
@Injectable()
export class Neo4jHealthIndicator {
  private readonly logger = new Logger('Health');
  private lastUp: boolean | undefined;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly graph: GraphHost,
  ) {}

  async check(key = 'neo4j') {
    const indicator = this.indicators.check(key);
    try {
      await this.graph.ping();
      this.changed(true);
      return indicator.up();
    } catch (error) {
      this.changed(false, error);
      return indicator.down({ message: this.reasonOf(error) });
    }
  }

  /** the public reason: no host names, ports or driver messages */
  private reasonOf(error: unknown): string {
    if (!(error instanceof GraphError)) return 'check failed';
    if (error.code === GraphErrorCode.UNAVAILABLE)
      return this.graph.ready ? 'not reachable' : 'not connected yet';
    if (error.code === GraphErrorCode.TIMEOUT) return 'no answer in time';
    if (error.code === GraphErrorCode.UNAUTHORIZED) return 'credentials refused';
    return 'check failed';
  }

  /** logs when readiness flips, not on every probe */
  private changed(up: boolean, error?: unknown): void {
    if (up === this.lastUp) return;
    this.lastUp = up;
    if (up) this.logger.log('Neo4j is ready');
    else this.logger.warn(`Neo4j is not ready: ${error instanceof Error ? error.message : String(error)}`);
  }
}
