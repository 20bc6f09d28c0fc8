export * from './lib/entities.module';
export { LandscapeEntity, type EntityObject } from './lib/schema/landscape-entity';
export { EntityKind } from './lib/schema/graphql-enums';
