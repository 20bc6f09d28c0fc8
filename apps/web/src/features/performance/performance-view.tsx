import { ComingNext } from '../placeholders/coming-next';

export function PerformanceView() {
  return (
    <ComingNext
      title="Performance & observability"
      about="Metrics anchored to stages, integration points and feedback loops: the Assembly Line as a heat map, trends and the KPI board."
    />
  );
}
