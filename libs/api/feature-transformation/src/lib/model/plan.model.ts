import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlannedStepState {
  DONE = 'DONE',
  SCHEDULED = 'SCHEDULED',
  UNSCHEDULABLE = 'UNSCHEDULABLE',
}

registerEnumType(PlannedStepState, {
  name: 'PlannedStepState',
  valuesMap: {
    DONE: { description: 'finished: counts as done at week 0, in wave 0' },
    SCHEDULED: { description: 'has a wave and times' },
    UNSCHEDULABLE: { description: 'in a cycle, or requires a step in one (directly or not)' },
  },
});

@ObjectType({ description: "One step's place in the computed plan; times are weeks from the plan's start" })
export class PlannedStep {
  @Field(() => ID, { description: 'the step id (its view node is `transformation-step:<id>`)' })
  id!: string;

  @Field(() => PlannedStepState)
  state!: PlannedStepState;

  @Field(() => Float)
  effortWeeks!: number;

  @Field(() => Int, { nullable: true, description: '1-based; 0 for a done step; null when unschedulable' })
  wave!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'when it finishes if the plan runs wave by wave (a wave starts when the previous one ends)',
  })
  waveFinish!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'by effort alone: as soon as what it requires is finished',
  })
  earliestStart!: number | null;

  @Field(() => Float, { nullable: true })
  earliestFinish!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "the latest start that keeps the plan's earliest finish",
  })
  latestStart!: number | null;

  @Field(() => Float, { nullable: true })
  latestFinish!: number | null;

  @Field(() => Float, { nullable: true, description: 'latest start minus earliest start' })
  slack!: number | null;

  @Field({ description: 'slack 0: any delay delays the plan' })
  critical!: boolean;
}

@ObjectType({ description: 'A wave: steps that can run side by side once the earlier waves are done' })
export class PlanWave {
  @Field(() => Int)
  wave!: number;

  @Field(() => [ID], { description: 'step ids, sorted' })
  steps!: string[];

  @Field(() => Float, { description: 'summed effort of its steps' })
  effortWeeks!: number;

  @Field(() => Float)
  startWeek!: number;

  @Field(() => Float, { description: 'its longest step' })
  durationWeeks!: number;
}

@ObjectType({ description: 'Steps that require each other in a circle' })
export class PlanCycle {
  @Field(() => [ID], { description: 'step ids, sorted' })
  steps!: string[];
}

@ObjectType()
export class UnknownRequirement {
  @Field(() => ID)
  step!: string;

  @Field(() => ID, { description: 'the id it requires, which is no step of the plan' })
  requires!: string;
}

@ObjectType({
  description:
    'The plan computed from the steps (docs/transformation.md): waves, times by effort, the critical path, cycles',
})
export class ComputedPlan {
  @Field(() => Float, { nullable: true, description: 'effort weeks per wave; null: unlimited' })
  capacityWeeksPerWave!: number | null;

  @Field(() => [PlanWave])
  waves!: PlanWave[];

  @Field(() => [PlannedStep], { description: 'every step, in id order' })
  steps!: PlannedStep[];

  @Field(() => [ID], { description: 'the longest chain of steps by effort, first step first' })
  criticalPath!: string[];

  @Field(() => Float, { description: 'weeks until every schedulable step is done, by effort alone' })
  earliestFinishWeeks!: number;

  @Field(() => Float, { description: 'weeks until the last wave ends, running wave by wave' })
  wavesFinishWeeks!: number;

  @Field(() => [PlanCycle])
  cycles!: PlanCycle[];

  @Field(() => [ID], { description: 'steps in a cycle or requiring one' })
  unschedulable!: string[];

  @Field(() => [UnknownRequirement])
  unknownRequirements!: UnknownRequirement[];

  @Field(() => [ID], { description: 'steps larger than a wave holds: each gets a wave to itself' })
  oversized!: string[];

  @Field(() => [ID], { description: 'steps without effort: counted as 0 weeks' })
  unestimated!: string[];

  @Field(() => [ID])
  done!: string[];
}

@ObjectType({ description: 'A step whose wave, earliest finish or finish by waves changed' })
export class PlanStepChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  waveBefore!: number | null;

  @Field(() => Int, { nullable: true })
  waveAfter!: number | null;

  @Field(() => Float, { nullable: true })
  earliestFinishBefore!: number | null;

  @Field(() => Float, { nullable: true })
  earliestFinishAfter!: number | null;

  @Field(() => Float, { nullable: true })
  waveFinishBefore!: number | null;

  @Field(() => Float, { nullable: true })
  waveFinishAfter!: number | null;
}

@ObjectType({ description: 'What the edits change, against the plan as it is' })
export class PlanDiff {
  @Field(() => [ID])
  added!: string[];

  @Field(() => [ID])
  removed!: string[];

  @Field(() => [PlanStepChange])
  changed!: PlanStepChange[];

  @Field(() => Float)
  earliestFinishBefore!: number;

  @Field(() => Float)
  earliestFinishAfter!: number;

  @Field(() => Float, { description: 'after minus before, weeks' })
  earliestFinishDelta!: number;

  @Field(() => Float)
  wavesFinishBefore!: number;

  @Field(() => Float)
  wavesFinishAfter!: number;

  @Field(() => Float)
  wavesFinishDelta!: number;

  @Field(() => Int)
  wavesBefore!: number;

  @Field(() => Int)
  wavesAfter!: number;

  @Field(() => [ID])
  criticalPathBefore!: string[];

  @Field(() => [ID])
  criticalPathAfter!: string[];

  @Field(() => [PlanCycle], { description: 'cycles the edits made' })
  cyclesAdded!: PlanCycle[];

  @Field(() => [PlanCycle], { description: 'cycles the edits broke' })
  cyclesRemoved!: PlanCycle[];
}
