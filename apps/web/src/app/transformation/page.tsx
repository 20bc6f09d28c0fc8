import type { Metadata } from 'next';
import { TransformationView } from '../../features/transformation/transformation-view';

export const metadata: Metadata = { title: 'Transformation' };

export default function Page() {
  return <TransformationView />;
}
