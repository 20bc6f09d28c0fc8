import type { Metadata } from 'next';
import { ReviewsList } from '../../features/reviews/reviews-list';

export const metadata: Metadata = { title: 'Portfolio reviews' };

export default function Page() {
  return <ReviewsList />;
}
