import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { Neo4jHealthIndicator } from './neo4j.health';

@Module({
  // Terminus would log every failed probe with its own console logger; the indicator logs changes instead
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [Neo4jHealthIndicator],
})
export class HealthModule {}
