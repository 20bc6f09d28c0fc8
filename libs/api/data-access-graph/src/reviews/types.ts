/**
 * A portfolio review and the snapshot it freezes: plain data as the graph layer stores and reads it.
 * The views inside a snapshot are kept as the API served them (opaque JSON here); what comparison needs
 * (the entity table, the metric table, the findings) is typed and stored apart, so comparing two
 * snapshots never inflates the views.
 */

/** Who may open a review besides admins: realm roles and/or identity-provider group paths. */
export interface ReviewAudience {
  readonly roles: readonly string[];
  readonly groups: readonly string[];
}

export interface ReviewRecord {
  readonly id: string;
  readonly name: string;
  /** ISO date */
  readonly heldOn: string;
  readonly description: string | null;
  readonly audience: ReviewAudience;
  readonly createdBy: string;
  /** ISO instant */
  readonly createdAt: string;
  readonly decisionIds: readonly string[];
  readonly snapshot: SnapshotSummary;
}

export interface SnapshotSummary {
  /** ISO instant */
  readonly takenAt: string;
  /** the performance window [from, to), ISO instants */
  readonly windowFrom: string;
  readonly windowTo: string;
  readonly entityCount: number;
  readonly findingCount: number;
  /** compressed bytes of everything the snapshot stores */
  readonly storedBytes: number;
}

/** One landscape entity as frozen: who it is, and a hash of each of its fields (properties and relations). */
export interface EntityRow {
  readonly kind: string;
  readonly id: string;
  readonly name: string | null;
  /** hash of all the fields below: equal hashes, equal entity */
  readonly hash: string;
  /** field name (a property, or a reference field such as `dependsOn`) -> hash of its value */
  readonly fields: Readonly<Record<string, string>>;
}

/** The metric values of one node of the performance view (a stage, stream, domain, the enterprise...). */
export interface MetricRow {
  /** the view node id, `stage:edu-build` */
  readonly node: string;
  readonly kind: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** A finding as frozen, from the structure views (`view`), the performance view or the transformation view. */
export interface FrozenFinding {
  readonly id: string;
  readonly origin: 'view' | 'performance' | 'transformation';
  readonly rule: string | null;
  readonly source: string;
  readonly kind: string | null;
  /** LOW, MEDIUM, HIGH (null for a stored finding that does not say) */
  readonly severity: string | null;
  readonly status: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly about: readonly string[];
}

/** A decision as it stood when the review recorded it. */
export interface FrozenDecision {
  readonly id: string;
  readonly name: string | null;
  /** ISO date */
  readonly date: string | null;
  readonly outcome: string | null;
  readonly rationale: string | null;
  /** references, `domain:powertrain` */
  readonly about: readonly string[];
}

/** The frozen views, as the API served them when the review was created. */
export interface SnapshotViews {
  readonly enterprise: unknown;
  readonly domains: readonly unknown[];
  readonly performance: unknown;
  readonly kpiBoard: unknown;
  /** as readTransformationLandscape reads it (null in snapshots taken before it existed) */
  readonly transformation: unknown;
}

/** Everything a new review stores: its record, the frozen views, and the tables comparison reads. */
export interface NewReview {
  readonly id: string;
  readonly name: string;
  readonly heldOn: string;
  readonly description: string | null;
  readonly audience: ReviewAudience;
  readonly createdBy: string;
  readonly decisionIds: readonly string[];
  readonly windowFrom: string;
  readonly windowTo: string;
  readonly views: SnapshotViews;
  readonly findings: readonly FrozenFinding[];
  readonly metrics: readonly MetricRow[];
}

/** What comparison needs of a snapshot. */
export interface ComparableSnapshot {
  readonly reviewId: string;
  readonly entities: readonly EntityRow[];
  readonly findings: readonly FrozenFinding[];
  readonly metrics: readonly MetricRow[];
}

/** The principal as the review list sees it: admins see everything, others what their roles or groups open. */
export interface ReviewViewer {
  readonly admin: boolean;
  readonly roles: readonly string[];
  readonly groups: readonly string[];
}
