import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as G from '../gql/graphql';

/** A page of one kind's connection, as every `<Kind>List` document returns it. */
export interface EntityListPage {
  list: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: {
      node: { id: string; name: string; kind: string; description?: string | null; tags: string[] };
    }[];
  };
}
export interface EntityListVariables {
  first?: number | null;
  after?: string | null;
  filter?: { search?: string | null; tags?: string[] | null; parent?: string | null } | null;
}
/** One entity with its scalar fields and relationships (`{ id name kind }`), read generically. */
export interface EntityDetail {
  entity: ({ __typename?: string; id: string; name: string; kind: string } & Record<string, unknown>) | null;
}

export interface EntityKindInfo {
  kind: G.EntityKind;
  /** URL segment: `value-stream`, the same slug the view ids use (`value-stream:edu`) */
  slug: string;
  plural: string;
  list: TypedDocumentNode<EntityListPage, EntityListVariables>;
  detail: TypedDocumentNode<EntityDetail, { id: string }>;
}

const kinds: [G.EntityKind, string, unknown, unknown][] = [
  ['Domain', 'Domains', G.DomainListDocument, G.DomainDetailDocument],
  ['ValueStream', 'Value streams', G.ValueStreamListDocument, G.ValueStreamDetailDocument],
  ['Stage', 'Stages', G.StageListDocument, G.StageDetailDocument],
  ['Team', 'Teams', G.TeamListDocument, G.TeamDetailDocument],
  ['Component', 'Components', G.ComponentListDocument, G.ComponentDetailDocument],
  ['Product', 'Products', G.ProductListDocument, G.ProductDetailDocument],
  ['Variant', 'Variants', G.VariantListDocument, G.VariantDetailDocument],
  ['Generation', 'Generations', G.GenerationListDocument, G.GenerationDetailDocument],
  [
    'IntegrationPoint',
    'Integration points',
    G.IntegrationPointListDocument,
    G.IntegrationPointDetailDocument,
  ],
  ['OrgUnit', 'Org units', G.OrgUnitListDocument, G.OrgUnitDetailDocument],
  ['Budget', 'Budgets', G.BudgetListDocument, G.BudgetDetailDocument],
  ['Enterprise', 'Enterprises', G.EnterpriseListDocument, G.EnterpriseDetailDocument],
  ['Objective', 'Objectives', G.ObjectiveListDocument, G.ObjectiveDetailDocument],
  ['KeyResult', 'Key results', G.KeyResultListDocument, G.KeyResultDetailDocument],
  ['Kpi', 'KPIs', G.KpiListDocument, G.KpiDetailDocument],
  [
    'TransformationStep',
    'Transformation steps',
    G.TransformationStepListDocument,
    G.TransformationStepDetailDocument,
  ],
  ['Initiative', 'Initiatives', G.InitiativeListDocument, G.InitiativeDetailDocument],
  ['Decision', 'Decisions', G.DecisionListDocument, G.DecisionDetailDocument],
];

/** `ValueStream` -> `value-stream`, as the API's view ids spell kinds. */
export function kindSlug(kind: string): string {
  return kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export const ENTITY_KINDS: readonly EntityKindInfo[] = kinds.map(([kind, plural, list, detail]) => ({
  kind,
  slug: kindSlug(kind),
  plural,
  list: list as EntityKindInfo['list'],
  detail: detail as EntityKindInfo['detail'],
}));

export function entityKindBySlug(slug: string): EntityKindInfo | undefined {
  return ENTITY_KINDS.find((k) => k.slug === slug || k.kind === slug);
}

/** The entity page of a view node id (`value-stream:edu` -> `/entities/value-stream/edu`). */
export function entityHref(viewIdOrKind: string, id?: string): string {
  if (id !== undefined) return `/entities/${kindSlug(viewIdOrKind)}/${encodeURIComponent(id)}`;
  const at = viewIdOrKind.indexOf(':');
  return `/entities/${viewIdOrKind.slice(0, at)}/${encodeURIComponent(viewIdOrKind.slice(at + 1))}`;
}
