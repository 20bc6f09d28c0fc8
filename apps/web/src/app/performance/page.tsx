import type { Metadata } from 'next';
import { PerformanceView } from '../../features/performance/performance-view';

export const metadata: Metadata = { title: 'Performance & observability' };

export default function Page() {
  return <PerformanceView />;
}
