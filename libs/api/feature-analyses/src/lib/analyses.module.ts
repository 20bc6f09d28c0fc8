import { Module } from '@nestjs/common';

/** GraphQL API: the architects' structural analyses and the read-only Cypher console. */
@Module({})
export class AnalysesModule {}
