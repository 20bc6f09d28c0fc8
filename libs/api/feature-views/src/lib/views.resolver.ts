import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { FindingRule, ViewFinding } from './model/finding.model';
import { FindingThresholdsInput, FindingsFilter } from './model/findings.input';
import { DomainLandscape, EnterpriseLandscape } from './model/landscape.model';
import { ViewsService } from './views.service';

const thresholdsArg = {
  type: () => FindingThresholdsInput,
  nullable: true,
  description: 'overrides of the rule thresholds (docs/findings.md has the defaults)',
} as const;

/** The landscape views and their findings: one service call per field, data shaped by the service. */
@Resolver()
export class ViewsResolver {
  constructor(private readonly views: ViewsService) {}

  @Query(() => EnterpriseLandscape, {
    description: 'View 1, enterprise structure: how value creation is organised, funded and governed',
  })
  @Roles(Role.VIEWER)
  enterpriseLandscape(
    @Args('thresholds', thresholdsArg) thresholds?: FindingThresholdsInput,
  ): Promise<EnterpriseLandscape> {
    return this.views.enterpriseLandscape(thresholds) as Promise<EnterpriseLandscape>;
  }

  @Query(() => DomainLandscape, {
    description:
      'View 2, domain design: one domain designed for flow, autonomy and reuse (NOT_FOUND for an unknown id)',
  })
  @Roles(Role.VIEWER)
  domainLandscape(
    @Args('domainId', { type: () => ID }) domainId: string,
    @Args('thresholds', thresholdsArg) thresholds?: FindingThresholdsInput,
  ): Promise<DomainLandscape> {
    return this.views.domainLandscape(domainId, thresholds) as Promise<DomainLandscape>;
  }

  @Query(() => [ViewFinding], {
    description: 'Findings of every view (computed and stored), each once, most severe first',
  })
  @Roles(Role.VIEWER)
  findings(
    @Args('filter', { type: () => FindingsFilter, nullable: true }) filter?: FindingsFilter,
    @Args('thresholds', thresholdsArg) thresholds?: FindingThresholdsInput,
  ): Promise<ViewFinding[]> {
    return this.views.findings(filter, thresholds) as Promise<ViewFinding[]>;
  }

  @Query(() => [FindingRule], { description: 'The rules that compute findings (docs/findings.md)' })
  @Roles(Role.VIEWER)
  findingRules(): FindingRule[] {
    return this.views.rules() as FindingRule[];
  }
}
