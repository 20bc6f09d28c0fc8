import { ComingNext } from '../placeholders/coming-next';

export function ExplorerView() {
  return (
    <ComingNext
      title="Explorer"
      about="Structural analyses with parameter forms, and the read-only Cypher console with saved queries."
    />
  );
}
