import { Module } from '@nestjs/common';
import { ViewsResolver } from './views.resolver';
import { ViewsService } from './views.service';

/** GraphQL API: the landscape views (enterprise structure, domain design) and the findings computed by rules. */
@Module({ providers: [ViewsService, ViewsResolver] })
export class ViewsModule {}
