import { graphql } from '../gql';
import { apiFileUrl, fetchApiFile } from './files';

/** Portfolio reviews: frozen snapshots, their findings and decisions, comparison (docs/reviews.md). */

export const reviewsQuery = graphql(`
  query Reviews($first: Int!) {
    reviews(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          heldOn
          createdAt
          decisionIds
          audience {
            roles
            groups
          }
        }
      }
    }
  }
`);

export const reviewQuery = graphql(`
  query Review($id: ID!) {
    review(id: $id) {
      id
      name
      heldOn
      description
      createdAt
      createdBy
      reportPath
      audience {
        roles
        groups
      }
      decisions {
        id
        name
        date
        outcome
        rationale
        about
      }
      findings {
        id
        title
        description
        kind
        severity
        origin
        rule
        about
      }
      snapshot {
        takenAt
        windowFrom
        windowTo
        entityCount
        findingCount
        storedBytes
        entityCounts {
          kind
          count
        }
        enterprise
        kpiBoard
      }
    }
  }
`);

export const compareReviewsQuery = graphql(`
  query CompareReviews($from: ID!, $to: ID!) {
    compareReviews(from: $from, to: $to) {
      from
      to
      added {
        kind
        id
        name
      }
      removed {
        kind
        id
        name
      }
      changed {
        kind
        id
        name
        fields
      }
      findingsAppeared {
        id
        severity
        title
      }
      findingsDisappeared {
        id
        severity
        title
      }
      metricMoves {
        node
        kind
        label
        metric
        before
        after
        delta
      }
      entityCounts {
        kind
        before
        after
      }
    }
  }
`);

export const createReviewMutation = graphql(`
  mutation CreateReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      id
      name
    }
  }
`);

export const recordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      name
      date
      outcome
    }
  }
`);

/** Decisions a new review can record. */
export const decisionOptionsQuery = graphql(`
  query DecisionOptions($search: String) {
    decisions(first: 100, filter: { search: $search }) {
      edges {
        node {
          id
          name
          date
          outcome
        }
      }
    }
  }
`);

/** The review's PDF report (the API's `reportPath`), through the app's own route (see `apiFileUrl`). */
export function reviewReportUrl(reportPath: string): string {
  return apiFileUrl(reportPath);
}

/** Downloads the report as a blob; an error says what the API answered. */
export function fetchReviewReport(reportPath: string, fetchImpl: typeof fetch = fetch): Promise<Blob> {
  return fetchApiFile(
    reportPath,
    { what: 'report', notFound: 'This review does not exist or you have no access' },
    fetchImpl,
  );
}
