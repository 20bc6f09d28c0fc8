import { registerEnumType } from '@nestjs/graphql';

export enum ScopeKind {
  ENTERPRISE = 'enterprise',
  DOMAIN = 'domain',
  VALUE_STREAM = 'value-stream',
  STAGE = 'stage',
  INTEGRATION_POINT = 'integration-point',
  TEAM = 'team',
  ORG_UNIT = 'org-unit',
}
registerEnumType(ScopeKind, {
  name: 'ScopeKind',
  description:
    'What a performance scope is: the enterprise, a domain, a value stream (with its sub-streams), a stage, ...',
});

export enum MetricBucket {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
}
registerEnumType(MetricBucket, {
  name: 'MetricBucket',
  description: 'Trend buckets: UTC days, ISO weeks (Monday to Sunday, UTC) or calendar months (UTC)',
});

export enum DoraBand {
  ELITE = 'elite',
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}
registerEnumType(DoraBand, {
  name: 'DoraBand',
  description:
    "DORA's software delivery performance level of a four-keys value (State of DevOps Report 2023)",
});

export enum MetricDirection {
  HIGHER_IS_BETTER = 'higher-is-better',
  LOWER_IS_BETTER = 'lower-is-better',
}
registerEnumType(MetricDirection, { name: 'MetricDirection' });

export enum KpiParameter {
  TIME_TO_MARKET = 'time-to-market',
  PRODUCTIVITY = 'productivity',
  QUALITY = 'quality',
  ENGAGEMENT = 'engagement',
}
registerEnumType(KpiParameter, {
  name: 'KpiParameter',
  description:
    'A performance parameter: time to market, productivity, quality, engagement (what objectives and KPIs steer)',
});

export enum PerformanceFindingSeverity {
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
}
registerEnumType(PerformanceFindingSeverity, { name: 'PerformanceFindingSeverity' });

export enum MetricsSource {
  ROLLUPS = 'rollups',
  FACTS = 'facts',
}
registerEnumType(MetricsSource, {
  name: 'MetricsSource',
  description:
    'Where the values were read: the weekly rollups, or the facts themselves (before rollups are built)',
});

export enum KpiStatus {
  ON_TRACK = 'on-track',
  OFF_TRACK = 'off-track',
  NO_DATA = 'no-data',
  NO_TARGET = 'no-target',
}
registerEnumType(KpiStatus, { name: 'KpiStatus' });

export enum KpiTrendDirection {
  IMPROVING = 'improving',
  WORSENING = 'worsening',
  FLAT = 'flat',
  UNKNOWN = 'unknown',
}
registerEnumType(KpiTrendDirection, { name: 'KpiTrendDirection' });

export enum KeyResultStatus {
  ACHIEVED = 'achieved',
  OPEN = 'open',
  MISSED = 'missed',
  NO_DATA = 'no-data',
}
registerEnumType(KeyResultStatus, { name: 'KeyResultStatus' });
