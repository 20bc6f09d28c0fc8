import { graphql } from '../gql';

/** The documents of view 3, performance & observability; e2e waits key on their operation names. */

export const metricValueFragment = graphql(`
  fragment MetricValueFields on MetricValue {
    metric
    value
    sampleSize
    band
  }
`);

export const metricDefinitionsQuery = graphql(`
  query MetricDefinitions {
    metricDefinitions {
      id
      name
      group
      unit
      unitLabel
      direction
      parameter
      formula
      kpi
      doraLimits
    }
  }
`);

/** Domains and their streams (sub-streams one level down) for the scope picker. */
export const performanceScopesQuery = graphql(`
  query PerformanceScopes {
    domains(first: 200) {
      edges {
        node {
          id
          name
          valueStreams {
            id
            name
            subStreams {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const performanceLandscapeQuery = graphql(`
  query PerformanceLandscape(
    $scope: ScopeInput!
    $window: WindowInput!
    $metrics: [String!]
    $bucket: MetricBucket! = WEEK
  ) {
    performanceLandscape(scope: $scope, window: $window, metrics: $metrics, bucket: $bucket) {
      scope {
        id
        kind
        name
        nodeId
      }
      window {
        from
        to
        days
      }
      bucket
      source
      metrics {
        ...MetricValueFields
      }
      nodes {
        id
        kind
        label
        parent
        metrics {
          ...MetricValueFields
        }
      }
      edges {
        id
        kind
        source
        target
        declared
        delayDays
        defects
        metrics {
          ...MetricValueFields
        }
      }
      comparison {
        metrics
        rows {
          domainId
          domainName
          metrics {
            ...MetricValueFields
          }
        }
      }
      trends {
        metric
        points {
          label
          from
          to
          value
          sampleSize
        }
      }
      findings {
        id
        rule
        severity
        message
        metric
        value
        threshold
        nodeIds
      }
    }
  }
`);

/** The days the facts cover: where "the last 90 days" end, without waiting for the KPI board. */
export const factHorizonQuery = graphql(`
  query FactHorizon {
    factHorizon {
      from
      to
    }
  }
`);

export const kpiBoardQuery = graphql(`
  query KpiBoard($at: DateTime, $trendPoints: Int! = 8) {
    kpiBoard(at: $at, trendPoints: $trendPoints) {
      at
      groups {
        parameter
        kpis {
          id
          name
          metric
          unit
          scopeRef
          scope {
            name
            nodeId
          }
          window
          windowDays
          status
          problem
          trendDirection
          target {
            value
            direction
          }
          current {
            ...MetricValueFields
          }
          trend {
            at
            value
          }
        }
      }
    }
  }
`);
