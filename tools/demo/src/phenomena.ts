/**
 * The ids that exhibit each phenomenon the demo is built to show (division 1, i.e. scale 1).
 * The views' tests can import this instead of repeating ids; phenomena.spec.ts proves every entry
 * against the generated files, and tools/demo/README.md lists the same ids for people.
 * At --scale N, division k has the same phenomena with ids suffixed `-k`.
 */
export const PHENOMENA = {
  /** (a) A domain funded only by project budgets while obliged to maintain a long-lived generation. */
  projectFundedMaintenance: {
    domain: 'powertrain',
    generation: 'edu-gen1', // active, endOfLife 2033-12-31
    budgets: [
      'fy2025-edu-gen2-programme',
      'fy2026-edu-gen2-programme',
      'fy2025-edu-gen1-launch',
      'fy2025-hv-battery-programme',
      'fy2026-hv-battery-programme',
      'fy2025-ice-gen3-facelift',
      'fy2026-ice-gen3-facelift',
      'fy2025-powertrain-engineering-projects',
      'fy2026-powertrain-engineering-projects',
    ],
  },
  /** (b) An integration point nobody owns (`responsible: []`). */
  unownedIntegrationPoint: 'sensor-fusion-integration',
  /** (c) Two parallel streams in one domain: variants of the same product, overlapping components. */
  parallelStreams: {
    domain: 'chassis',
    streams: ['chassis-control-compact', 'chassis-control-premium'],
    product: 'vehicle-dynamics-control',
    variants: ['vdc-compact', 'vdc-premium'],
    sharedComponents: [
      'brake-pressure-controller',
      'wheel-speed-processing',
      'esc-software',
      'yaw-rate-sensor-fusion',
    ],
  },
  /** (d) Teams whose components depend on each other but who never interact (the only such pairs). */
  conwayMismatches: [
    {
      teams: ['inverter-software', 'bms-software'],
      dependency: ['inverter-control-software', 'bms-software'],
    },
    {
      teams: ['adas-planning-control', 'vehicle-motion-software'],
      dependency: ['trajectory-controller', 'brake-pressure-controller'],
    },
  ],
  /** (e) A queue in front of system integration (facts: long waits in this stage's passages). */
  integrationQueue: {
    stage: 'adas-l2-plus-system-integration',
    feedingStreams: ['adas-perception', 'adas-planning-control', 'adas-l2-plus'],
  },
  /** (f) Defects injected in component/subsystem stages but found at vehicle integration. */
  defectEscape: {
    foundIn: 'ev-drive-vehicle-integration',
    streams: ['ev-drive-inverter', 'ev-drive-motor', 'ev-drive'],
    injectedIn: [
      'ev-drive-inverter-component-development',
      'ev-drive-inverter-subsystem-integration',
      'ev-drive-motor-component-development',
      'ev-drive-motor-subsystem-integration',
    ],
  },
  /** (g) A product-mode stream depending on a project-mode one (component -> component). */
  productDependsOnProject: [
    {
      productStream: 'ota-platform',
      projectStream: 'body-electronics',
      dependency: ['vehicle-update-orchestrator', 'central-gateway-firmware'],
    },
    {
      productStream: 'connected-vehicle-backend',
      projectStream: 'body-electronics',
      dependency: ['digital-key-service', 'keyless-entry-module'],
    },
    {
      productStream: 'ivi-apps',
      projectStream: 'battery-charging',
      dependency: ['ev-route-planner', 'charging-software'],
    },
  ],
  /** A budget that funds nothing (`funds: []`). */
  unusedBudget: 'fy2026-diesel-emissions-reserve',
  /** A team whose work is split across domains. */
  splitTeam: { team: 'vehicle-diagnostics', domains: ['body', 'powertrain', 'chassis', 'infotainment'] },
  /** A team with high cognitive load: owns by far the most components. */
  highLoadTeam: 'body-electronics-sustaining',
  /** Components nobody owns (the only ones). */
  orphanComponents: ['egr-valve-control'],
  /** A product whose variants are spread over many streams (and domains). */
  fragmentedProduct: {
    product: 'instrument-cluster',
    streams: [
      'infotainment-platform',
      'adas-l2-plus',
      'body-electronics',
      'combustion-powertrain',
      'terra-vehicle-program',
    ],
  },
} as const;
