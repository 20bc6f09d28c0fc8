import type { Metadata } from 'next';
import { ReviewPage } from '../../../features/reviews/review-page';

export const metadata: Metadata = { title: 'Portfolio review' };

export default async function Page(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  return <ReviewPage id={decodeURIComponent(id)} />;
}
