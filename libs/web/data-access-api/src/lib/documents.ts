import { graphql } from '../gql';

/** The operations of the views; their names are what logs and e2e waits key on. */

export const viewGraphNodeFragment = graphql(`
  fragment ViewGraphNode on ViewNode {
    id
    kind
    label
    parent
    attributes {
      name
      text
      value
    }
  }
`);

export const viewGraphEdgeFragment = graphql(`
  fragment ViewGraphEdge on ViewEdge {
    id
    kind
    label
    source
    target
    weight
    attributes {
      name
      text
      value
    }
  }
`);

export const viewFindingFragment = graphql(`
  fragment ViewFindingFields on ViewFinding {
    id
    title
    description
    kind
    severity
    status
    rule
    source
    about
  }
`);

export const enterpriseLandscapeQuery = graphql(`
  query EnterpriseLandscape {
    enterpriseLandscape {
      name
      domains
      valueStreams
      budgets
      integrationPoints
      integrationPointsWithoutResponsible
      crossDomainDependencyWeight
      fundingTotals {
        fiscalYear
        model
        currency
        amount
        budgets
      }
      nodes {
        ...ViewGraphNode
      }
      edges {
        ...ViewGraphEdge
      }
      findings {
        ...ViewFindingFields
      }
    }
  }
`);

export const domainLandscapeQuery = graphql(`
  query DomainLandscape($domainId: ID!) {
    domainLandscape(domainId: $domainId) {
      domain
      name
      valueStreams
      stages
      components
      teams
      products
      variants
      generations
      legacyGenerations
      coupling {
        density
        crossWeight
        totalWeight
      }
      nodes {
        ...ViewGraphNode
      }
      edges {
        ...ViewGraphEdge
      }
      findings {
        ...ViewFindingFields
      }
    }
  }
`);

export const domainsOverviewQuery = graphql(`
  query DomainsOverview {
    # a landscape has tens of domains; a bigger page would exceed the API's complexity limit
    domains(first: 200) {
      totalCount
      edges {
        node {
          id
          name
          description
          operatingMode
          targetOperatingMode
          tags
        }
      }
    }
  }
`);

export const findingsQuery = graphql(`
  query Findings($filter: FindingsFilter) {
    findings(filter: $filter) {
      ...ViewFindingFields
    }
  }
`);

export const findingRulesQuery = graphql(`
  query FindingRules {
    findingRules {
      id
      kind
      severity
      explanation
      views
    }
  }
`);

/** Global search: the first few of each kind whose name matches. */
export const searchQuery = graphql(`
  query Search($search: String!, $first: Int = 5) {
    domains(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    valueStreams(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    stages(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    teams(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    components(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    products(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    integrationPoints(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    orgUnits(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    budgets(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);
