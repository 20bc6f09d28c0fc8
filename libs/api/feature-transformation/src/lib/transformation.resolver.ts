import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { TransformationLandscape, TransformationWhatIf } from './model/landscape.model';
import { TransformationLandscapeArgs, TransformationWhatIfArgs } from './model/what-if.input';
import { TransformationService } from './transformation.service';

/** View 4, transformation: one service call per field. */
@Resolver()
export class TransformationResolver {
  constructor(private readonly transformation: TransformationService) {}

  @Query(() => TransformationLandscape, {
    description:
      'View 4, transformation: current and target operating modes, generations side by side, the steps, the computed plan (waves, critical path, cycles) and friction findings (NOT_FOUND for an unknown initiative)',
  })
  @Roles(Role.VIEWER)
  transformationLandscape(@Args() args: TransformationLandscapeArgs): Promise<TransformationLandscape> {
    return this.transformation.landscape(args) as Promise<TransformationLandscape>;
  }

  @Query(() => TransformationWhatIf, {
    description:
      'The plan with steps added, removed or moved, computed and compared with the plan as it is, without writing anything (BAD_USER_INPUT for an edit that cannot apply)',
  })
  @Roles(Role.VIEWER)
  transformationWhatIf(@Args() args: TransformationWhatIfArgs): Promise<TransformationWhatIf> {
    return this.transformation.whatIf(args) as Promise<TransformationWhatIf>;
  }
}
