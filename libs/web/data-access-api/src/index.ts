export * from './lib/errors';
export * from './lib/request';
export * from './lib/documents';
export * from './lib/entities';
export * from './lib/hooks';
export type * from './gql/graphql';
