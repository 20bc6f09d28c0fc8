import { Injectable } from '@nestjs/common';
import { ApiError } from '@streamscape/api-graphql';
import {
  frictionFactsOf,
  planOf,
  readNodeContext,
  readTransformationData,
  readTransformationLandscape,
  type StepData,
  TRANSFORMATION_READ_TIMEOUT_MS,
  type TransformationData,
} from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import {
  changeWithoutPreparation,
  type PlanEdit,
  PlanError,
  planCycles,
  sortFrictionFindings,
  whatIf,
} from '@streamscape/planning';
import { asFindings, buildTransformationView, diffView, planView } from './build/transformation-view';
import { type PlanEditInput, PlanEditKind } from './model/what-if.input';

export interface LandscapeQuery {
  readonly initiativeId?: string | null;
  readonly capacityWeeksPerWave?: number | null;
}

export interface WhatIfQuery extends LandscapeQuery {
  readonly edits: readonly PlanEditInput[];
}

/** The API's edits in the planning maths' terms. */
export function toPlanEdits(edits: readonly PlanEditInput[]): PlanEdit[] {
  return edits.map((e): PlanEdit => {
    switch (e.kind) {
      case PlanEditKind.ADD:
        return {
          kind: 'add',
          step: {
            id: e.stepId,
            effortWeeks: e.effortWeeks ?? 0,
            requires: e.requires ?? [],
            status: 'proposed',
            notBeforeWave: e.notBeforeWave || null,
          },
        };
      case PlanEditKind.REMOVE:
        return { kind: 'remove', stepId: e.stepId };
      case PlanEditKind.MOVE:
        return {
          kind: 'move',
          stepId: e.stepId,
          requires: e.requires ?? undefined,
          notBeforeWave:
            e.notBeforeWave === undefined || e.notBeforeWave === null ? undefined : e.notBeforeWave || null,
        };
    }
  });
}

@Injectable()
export class TransformationService {
  constructor(private readonly graph: GraphHost) {}

  async landscape(query: LandscapeQuery = {}) {
    const data = await readTransformationLandscape(this.graph, query.initiativeId, {
      capacityWeeksPerWave: query.capacityWeeksPerWave,
    });
    this.assertInitiative(data, query.initiativeId);
    return buildTransformationView(data);
  }

  /** The plan with the edits, computed and compared with the plan as it is; nothing is written. */
  async whatIf(query: WhatIfQuery) {
    // what added steps change is judged like the rest: its context is read in the same transaction
    const changed = query.edits.flatMap((e) => (e.kind === PlanEditKind.ADD ? (e.changes ?? []) : []));
    const data = await this.graph.read(
      'transformationWhatIf',
      async (tx) => {
        const read = await readTransformationData(tx, query.initiativeId);
        const missing = changed.filter((r) => !(r in read.context));
        if (missing.length === 0) return read;
        const more = await readNodeContext(tx, missing);
        return {
          ...read,
          context: { ...read.context, ...more.context },
          touched: { ...read.touched, ...more.names },
        };
      },
      { timeoutMs: TRANSFORMATION_READ_TIMEOUT_MS },
    );
    this.assertInitiative(data, query.initiativeId);
    let tried: ReturnType<typeof whatIf>;
    try {
      tried = whatIf(planOf(data), toPlanEdits(query.edits), {
        capacityWeeksPerWave: query.capacityWeeksPerWave,
      });
    } catch (error) {
      if (error instanceof PlanError)
        throw ApiError.badInput(error.message, [{ field: 'edits', message: error.message }]);
      throw error;
    }
    // the plan findings of the edited plan: recorded steps keep what they change, new ones change what the edit says
    const recorded = new Map(data.steps.map((s) => [s.id, s]));
    const added = new Map(query.edits.filter((e) => e.kind === PlanEditKind.ADD).map((e) => [e.stepId, e]));
    const steps: StepData[] = tried.plan.steps.map((s) => {
      const before = recorded.get(s.id);
      const edit = added.get(s.id);
      return {
        id: s.id,
        name: before?.name ?? edit?.name ?? s.id,
        description: before?.description ?? null,
        status: before?.status ?? 'PROPOSED',
        effortWeeks: s.effortWeeks ?? null,
        plannedStart: before?.plannedStart ?? null,
        initiative: before?.initiative ?? query.initiativeId ?? null,
        requires: [...(s.requires ?? [])],
        changes: before?.changes ?? edit?.changes ?? [],
        sets: before?.sets ?? [],
      };
    });
    const facts = frictionFactsOf({ ...data, steps });
    const names = new Map(facts.steps.map((s) => [s.id, s.name]));
    const findings = sortFrictionFindings([
      ...planCycles(tried.result.cycles, names, (id) => `transformation-step:${id}`),
      ...changeWithoutPreparation(facts),
    ]);
    return {
      base: planView(tried.base),
      plan: planView(tried.result),
      diff: diffView(tried.diff),
      findings: asFindings(findings),
    };
  }

  private assertInitiative(
    data: Pick<TransformationData, 'initiatives'>,
    id: string | null | undefined,
  ): void {
    if (id && !data.initiatives.some((i) => i.id === id))
      throw ApiError.notFound(`There is no initiative ${id}`);
  }
}
