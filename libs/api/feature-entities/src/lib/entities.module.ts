import { Module } from '@nestjs/common';

/** GraphQL API: entity kinds, readable and writable (query by id, lists, relationships, mutations). */
@Module({})
export class EntitiesModule {}
