import { graphql } from '../gql';

/** The architects' explorer: the structural analyses and the read-only Cypher console (docs/api.md, Analyses). */

export const componentImpactQuery = graphql(`
  query ComponentImpact($componentId: ID!, $maxDepth: Int!) {
    componentImpact(componentId: $componentId, maxDepth: $maxDepth) {
      maxDepth
      truncated
      root {
        ...ImpactNodeFields
      }
      nodes {
        ...ImpactNodeFields
      }
      streams {
        ...ImpactNodeFields
      }
      domains {
        ...ImpactNodeFields
      }
      teams {
        ...ImpactNodeFields
      }
    }
  }
  fragment ImpactNodeFields on ImpactNode {
    id
    kind
    name
    depth
    via
  }
`);

export const dependencyPathQuery = graphql(`
  query DependencyPath($fromId: ID!, $toId: ID!, $kind: DependencyPathKind!, $maxDepth: Int!) {
    dependencyPath(fromId: $fromId, toId: $toId, kind: $kind, maxDepth: $maxDepth) {
      kind
      length
      follows
      from {
        id
        kind
        name
      }
      to {
        id
        kind
        name
      }
      components {
        id
        kind
        name
      }
      steps {
        from
        to
        weight
      }
    }
  }
`);

export const dependencyCyclesQuery = graphql(`
  query DependencyCycles($limit: Int!) {
    dependencyCycles(limit: $limit) {
      truncated
      cycles {
        componentIds
        length
      }
    }
  }
`);

export const centralComponentsQuery = graphql(`
  query CentralComponents($limit: Int!, $orderBy: CentralityOrder!) {
    centralComponents(limit: $limit, orderBy: $orderBy) {
      id
      name
      rank
      inDegree
      outDegree
      weightedInDegree
      weightedOutDegree
      weightedDegree
      pageRank
    }
  }
`);

export const cypherQuery = graphql(`
  query CypherConsole($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      elapsedMs
    }
  }
`);

/** What an analysis can start from, by name: the first few of one kind (the others are skipped). */
export const analysisOptionsQuery = graphql(`
  query AnalysisOptions(
    $search: String
    $first: Int!
    $components: Boolean!
    $teams: Boolean!
    $streams: Boolean!
    $domains: Boolean!
  ) {
    components(first: $first, filter: { search: $search }) @include(if: $components) {
      edges {
        node {
          id
          name
        }
      }
    }
    teams(first: $first, filter: { search: $search }) @include(if: $teams) {
      edges {
        node {
          id
          name
        }
      }
    }
    valueStreams(first: $first, filter: { search: $search }) @include(if: $streams) {
      edges {
        node {
          id
          name
        }
      }
    }
    domains(first: $first, filter: { search: $search }) @include(if: $domains) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
