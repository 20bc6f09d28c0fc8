import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@streamscape/api-graphql';
import { Neo4jHealthIndicator } from './neo4j.health';

/** `/health` (readiness: 200 when Neo4j answers, else 503) and `/health/live` (the process serves). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly neo4j: Neo4jHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([() => this.neo4j.check()]);
  }

  @Get('live')
  @HealthCheck()
  liveness() {
    return this.health.check([]);
  }
}
