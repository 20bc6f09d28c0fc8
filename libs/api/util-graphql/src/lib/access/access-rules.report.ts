import type { INestApplicationContext } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from './access-rule';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;
type RootType = (typeof ROOT_TYPES)[number];

/** One root field of the built schema and the rule its resolver method declares (undefined: none). */
export interface RootFieldRule {
  readonly type: RootType;
  readonly field: string;
  readonly rule: AccessRule | undefined;
  /** `Class.method` that resolves it, when one was found */
  readonly resolver?: string;
}

/**
 * Lists every Query/Mutation/Subscription field of an initialised app's schema with its declared access
 * rule, so a test can fail on any field that has none.
 */
export function accessRulesOf(app: INestApplicationContext): RootFieldRule[] {
  const schema = app.get(GraphQLSchemaHost).schema;
  const resolvers = rootResolversOf(app);
  const rows: RootFieldRule[] = [];
  for (const type of ROOT_TYPES) {
    const rootType =
      type === 'Query'
        ? schema.getQueryType()
        : type === 'Mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    for (const field of Object.keys(rootType?.getFields() ?? {}).sort()) {
      const found = resolvers.get(`${type}.${field}`);
      rows.push({ type, field, rule: found?.rule, ...(found ? { resolver: found.resolver } : {}) });
    }
  }
  return rows;
}

function rootResolversOf(
  app: INestApplicationContext,
): Map<string, { rule: AccessRule | undefined; resolver: string }> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const found = new Map<string, { rule: AccessRule | undefined; resolver: string }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
        if (!ROOT_TYPES.includes(type as RootType)) continue;
        const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? name;
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          handler,
          instance.constructor,
        ]);
        found.set(`${String(type)}.${field}`, { rule, resolver: `${instance.constructor.name}.${name}` });
      }
    }
  }
  return found;
}
