import '@mantine/charts/styles.css';
import type { Metadata } from 'next';
import { PerformanceView } from '../../features/performance/performance-view';
import { parsePerformanceRoute } from '../../features/performance/performance-route';

export const metadata: Metadata = { title: 'Performance & observability' };

export default async function Page(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <PerformanceView {...parsePerformanceRoute(await props.searchParams)} />;
}
