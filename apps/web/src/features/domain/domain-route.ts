import type { ViewNodeLike } from '@streamscape/web-graph';
import { splitViewId } from '../landscape/node-details';

/** Where the domain view is: the domain, optionally one stream's Assembly Line and one stage in it. */
export interface DomainRoute {
  domainId: string;
  stream?: string;
  stage?: string;
  mode?: 'assembly' | 'design';
}

export function domainHref({ domainId, stream, stage, mode }: DomainRoute): string {
  const params = new URLSearchParams();
  if (stream) params.set('stream', stream);
  if (stage) params.set('stage', stage);
  if (mode === 'design' && !stream) params.set('mode', 'design');
  const search = params.toString();
  return `/domains/${encodeURIComponent(domainId)}${search ? `?${search}` : ''}`;
}

/** The next level down from a node: a domain, a stream's Assembly Line, a stage in it. */
export function domainDrillDown(
  domainId: string,
  node: ViewNodeLike,
): { href: string; label: string } | null {
  const { slug, id } = splitViewId(node.id);
  if (slug === 'domain' && id !== domainId)
    return { href: domainHref({ domainId: id }), label: 'Open this domain' };
  if (slug === 'value-stream')
    return { href: domainHref({ domainId, stream: id }), label: 'Open its Assembly Line' };
  if (slug === 'stage' && node.parent?.startsWith('value-stream:')) {
    return {
      href: domainHref({ domainId, stream: splitViewId(node.parent).id, stage: id }),
      label: 'Open this stage',
    };
  }
  return null;
}
