import { Module } from '@nestjs/common';
import { PerformanceResolver } from './performance.resolver';
import { PerformanceService } from './performance.service';

/** View 3, performance & observability: metrics over the flow facts, the performance landscape, the KPI board. */
@Module({ providers: [PerformanceService, PerformanceResolver] })
export class PerformanceModule {}
