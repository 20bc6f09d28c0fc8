import { Module } from '@nestjs/common';

/** GraphQL API: the landscape views (enterprise structure, domain design) and the findings computed by rules. */
@Module({})
export class ViewsModule {}
