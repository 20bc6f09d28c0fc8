import { EntityList } from '../../../features/entities/entity-list';

export default async function Page(props: { params: Promise<{ kind: string }> }) {
  const { kind } = await props.params;
  return <EntityList key={kind} slug={kind} />;
}
