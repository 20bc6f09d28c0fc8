import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ViewEdge, ViewFinding, ViewNode } from '@streamscape/api-views';
import { ComputedPlan, PlanDiff } from './plan.model';

@ObjectType()
export class TransformationInitiative {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true, description: 'a view node id / landscape reference (`org-unit:x`)' })
  owner!: string | null;
}

@ObjectType({ description: 'A domain, stream or team with its operating modes (PROJECT, PRODUCT, HYBRID)' })
export class OperatingModeEntry {
  @Field(() => ID, { description: 'its view node id (`value-stream:ev-drive`)' })
  id!: string;

  @Field({ description: 'DOMAIN, VALUE_STREAM or TEAM' })
  kind!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'as recorded' })
  mode!: string | null;

  @Field(() => String, { nullable: true, description: 'as recorded (teams have none)' })
  targetMode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "streams: their own mode, else the parent stream's, else the domain's; otherwise the mode",
  })
  effectiveMode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'the mode the last step (in plan order) that sets `operatingMode` sets it to',
  })
  plannedMode!: string | null;

  @Field(() => ID, { nullable: true, description: 'that step' })
  plannedBy!: string | null;
}

@ObjectType({ description: 'How many domains, streams or teams run in a mode now, and are meant to' })
export class ModeCount {
  @Field()
  kind!: string;

  @Field({ description: 'PROJECT, PRODUCT, HYBRID or UNKNOWN' })
  mode!: string;

  @Field(() => Int, { description: 'by effective mode' })
  current!: number;

  @Field(() => Int, { description: 'by target mode (teams: the mode a step plans, else the current one)' })
  target!: number;
}

@ObjectType({ description: 'Components by generation' })
export class GenerationCount {
  @Field({ description: 'LEGACY, CURRENT, NEXT or UNKNOWN' })
  generation!: string;

  @Field(() => Int)
  components!: number;
}

@ObjectType({ description: 'A product generation' })
export class ProductGeneration {
  @Field(() => ID, { description: 'view node id: `generation:<id>`' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  product!: string | null;

  @Field(() => String, { nullable: true, description: 'PLANNED, ACTIVE or LEGACY' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  endOfLife!: string | null;
}

@ObjectType()
export class StepSet {
  @Field(() => ID, { description: 'a view node id / landscape reference' })
  target!: string;

  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'the value, as text' })
  value!: string | null;
}

@ObjectType({ description: 'A transformation step as recorded' })
export class TransformationStepView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'PROPOSED, PLANNED, IN_PROGRESS or DONE' })
  status!: string | null;

  @Field(() => Float, { nullable: true })
  effortWeeks!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  plannedStart!: string | null;

  @Field(() => ID, { nullable: true })
  initiative!: string | null;

  @Field(() => [ID], { description: 'step ids' })
  requires!: string[];

  @Field(() => [ID], { description: 'view node ids / landscape references' })
  changes!: string[];

  @Field(() => [StepSet])
  sets!: StepSet[];
}

@ObjectType({
  description:
    'View 4, transformation: operating modes now and targeted, generations side by side, the steps, the computed plan and the friction findings',
})
export class TransformationLandscape {
  @Field(() => TransformationInitiative, { nullable: true, description: 'the initiative asked for' })
  initiative!: TransformationInitiative | null;

  @Field(() => [TransformationInitiative])
  initiatives!: TransformationInitiative[];

  @Field(() => [ViewNode], {
    description:
      'domains > streams (compound), teams, legacy and next-generation components (and what they depend on), product generations, the initiative and its steps',
  })
  nodes!: ViewNode[];

  @Field(() => [ViewEdge], {
    description:
      'INCLUDES, REQUIRES, CHANGES, SETS from steps; DEPENDS_ON between components and between streams/teams (attribute via)',
  })
  edges!: ViewEdge[];

  @Field(() => [OperatingModeEntry])
  operatingModes!: OperatingModeEntry[];

  @Field(() => [ModeCount])
  modeCounts!: ModeCount[];

  @Field(() => [GenerationCount])
  generationCounts!: GenerationCount[];

  @Field(() => [ProductGeneration])
  productGenerations!: ProductGeneration[];

  @Field(() => [TransformationStepView], {
    description: "the initiative's steps and what they require; every step without an initiative",
  })
  steps!: TransformationStepView[];

  @Field(() => ComputedPlan)
  plan!: ComputedPlan;

  @Field(() => [ViewFinding], { description: 'friction and plan findings, most severe first' })
  findings!: ViewFinding[];
}

@ObjectType({ description: 'A plan with edits tried on it: computed, compared, never written' })
export class TransformationWhatIf {
  @Field(() => ComputedPlan, { description: 'the plan as it is' })
  base!: ComputedPlan;

  @Field(() => ComputedPlan, { description: 'the plan with the edits' })
  plan!: ComputedPlan;

  @Field(() => PlanDiff)
  diff!: PlanDiff;

  @Field(() => [ViewFinding], {
    description: 'the plan findings of the edited plan (plan-cycle, change-without-preparation)',
  })
  findings!: ViewFinding[];
}
