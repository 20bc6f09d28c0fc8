import type { Metadata } from 'next';
import { EnterpriseView } from '../../features/enterprise/enterprise-view';

export const metadata: Metadata = { title: 'Enterprise structure' };

export default function EnterprisePage() {
  return <EnterpriseView />;
}
