import type { Metadata } from 'next';
import { EntitiesIndex } from '../../features/entities/entities-index';

export const metadata: Metadata = { title: 'Entities' };

export default function Page() {
  return <EntitiesIndex />;
}
