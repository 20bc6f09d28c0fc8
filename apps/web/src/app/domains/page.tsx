import type { Metadata } from 'next';
import { DomainsList } from '../../features/domain/domains-list';

export const metadata: Metadata = { title: 'Domains' };

export default function DomainsPage() {
  return <DomainsList />;
}
