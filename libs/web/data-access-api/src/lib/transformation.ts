import { graphql } from '../gql';

/** The documents of view 4, transformation; e2e waits key on their operation names. */

export const computedPlanFragment = graphql(`
  fragment ComputedPlanFields on ComputedPlan {
    capacityWeeksPerWave
    earliestFinishWeeks
    wavesFinishWeeks
    criticalPath
    done
    oversized
    unestimated
    unschedulable
    waves {
      wave
      steps
      effortWeeks
      startWeek
      durationWeeks
    }
    steps {
      id
      state
      wave
      effortWeeks
      earliestStart
      earliestFinish
      latestStart
      slack
      critical
      waveFinish
    }
    cycles {
      steps
    }
    unknownRequirements {
      step
      requires
    }
  }
`);

export const transformationLandscapeQuery = graphql(`
  query TransformationLandscape($initiativeId: ID, $capacityWeeksPerWave: Float) {
    transformationLandscape(initiativeId: $initiativeId, capacityWeeksPerWave: $capacityWeeksPerWave) {
      initiative {
        id
        name
        owner
        description
      }
      initiatives {
        id
        name
      }
      nodes {
        ...ViewGraphNode
      }
      edges {
        ...ViewGraphEdge
      }
      operatingModes {
        id
        kind
        name
        mode
        targetMode
        effectiveMode
        plannedMode
        plannedBy
      }
      modeCounts {
        kind
        mode
        current
        target
      }
      generationCounts {
        generation
        components
      }
      steps {
        id
        name
        status
        effortWeeks
        requires
        changes
        initiative
      }
      plan {
        ...ComputedPlanFields
      }
      findings {
        ...ViewFindingFields
      }
    }
  }
`);

export const transformationWhatIfQuery = graphql(`
  query TransformationWhatIf($initiativeId: ID, $capacityWeeksPerWave: Float, $edits: [PlanEditInput!]!) {
    transformationWhatIf(
      initiativeId: $initiativeId
      capacityWeeksPerWave: $capacityWeeksPerWave
      edits: $edits
    ) {
      plan {
        ...ComputedPlanFields
      }
      diff {
        added
        removed
        changed {
          id
          waveBefore
          waveAfter
          earliestFinishBefore
          earliestFinishAfter
          waveFinishBefore
          waveFinishAfter
        }
        earliestFinishBefore
        earliestFinishAfter
        earliestFinishDelta
        wavesFinishBefore
        wavesFinishAfter
        wavesFinishDelta
        wavesBefore
        wavesAfter
        criticalPathBefore
        criticalPathAfter
        cyclesAdded {
          steps
        }
        cyclesRemoved {
          steps
        }
      }
      findings {
        ...ViewFindingFields
      }
    }
  }
`);
