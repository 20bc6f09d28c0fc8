import type { Metadata } from 'next';
import { DomainView } from '../../../features/domain/domain-view';

export const metadata: Metadata = { title: 'Domain design' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function DomainPage(props: {
  params: Promise<{ domainId: string }>;
  searchParams: Promise<Search>;
}) {
  const { domainId } = await props.params;
  const search = await props.searchParams;
  const mode = one(search['mode']) === 'design' ? 'design' : 'assembly';
  return (
    <DomainView
      domainId={decodeURIComponent(domainId)}
      stream={one(search['stream'])}
      stage={one(search['stage'])}
      mode={mode}
    />
  );
}
