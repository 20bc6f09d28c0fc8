import { EntityDetail } from '../../../../features/entities/entity-detail';

export default async function Page(props: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await props.params;
  return <EntityDetail slug={kind} id={decodeURIComponent(id)} />;
}
