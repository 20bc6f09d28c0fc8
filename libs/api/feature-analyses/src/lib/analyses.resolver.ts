import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { AnalysesService } from './analyses.service';
import { CentralComponentsArgs, ComponentCentrality } from './centrality/central-components.model';
import { DependencyCycles, DependencyCyclesArgs } from './cycles/dependency-cycles.model';
import { ComponentImpactArgs, ImpactResult } from './impact/component-impact.model';
import { DependencyPath, DependencyPathArgs } from './path/dependency-path.model';

@Resolver()
export class AnalysesResolver {
  constructor(private readonly analyses: AnalysesService) {}

  @Query(() => ImpactResult, {
    description:
      'Everything that transitively depends on a component (DEPENDS_ON), and the streams, domains and teams concerned',
  })
  @Roles(Role.ARCHITECT)
  componentImpact(@Args() args: ComponentImpactArgs): Promise<ImpactResult> {
    return this.analyses.componentImpact(args);
  }

  @Query(() => DependencyPath, {
    nullable: true,
    description:
      'The shortest chain of DEPENDS_ON from fromId to toId (fromId depends on toId); null when none',
  })
  @Roles(Role.ARCHITECT)
  dependencyPath(@Args() args: DependencyPathArgs): Promise<DependencyPath | null> {
    return this.analyses.dependencyPath(args);
  }

  @Query(() => DependencyCycles, { description: 'Cycles among component dependencies, each once' })
  @Roles(Role.ARCHITECT)
  dependencyCycles(@Args() args: DependencyCyclesArgs): Promise<DependencyCycles> {
    return this.analyses.dependencyCycles(args);
  }

  @Query(() => [ComponentCentrality], { description: 'The most central components by dependency weight' })
  @Roles(Role.ARCHITECT)
  centralComponents(@Args() args: CentralComponentsArgs): Promise<ComponentCentrality[]> {
    return this.analyses.centralComponents(args);
  }
}
