import { ComingNext } from '../placeholders/coming-next';

export function TransformationView() {
  return (
    <ComingNext
      title="Transformation"
      about="Current and target operating modes, the computed waves with the critical path, friction points and what-if."
    />
  );
}
