/**
 * Catalog: the hand-written content of the ACME Motors demo landscape, as plain data.
 *
 * Everything that a reader of the demo sees by name lives here; `landscape.ts` only turns it into
 * documents (and adds the few things that are better random: team sizes, intra-subsystem
 * dependencies, some interactions). Keys are the ids of division 1; the generator suffixes them
 * (`powertrain-2`) for the copies that `--scale` adds. References use the format's `kind:key`.
 *
 * The storyline is deliberate: several entries exist to exhibit a finding the views must detect.
 * Those are marked `phenomenon (x)` and listed in tools/demo/README.md.
 */
import type {
  BudgetModel,
  ComponentGeneration,
  GenerationStatus,
  IntegrationLevel,
  InteractionMode,
  MetricId,
  OperatingMode,
  Parameter,
  StepStatus,
  TeamType,
} from './model';

// ---------------------------------------------------------------------------------------------
// Types of the catalog tables
// ---------------------------------------------------------------------------------------------

/** One stage of an Assembly Line pattern, with the flow parameters the fact generator uses. */
export interface StageTemplate {
  key: string;
  name: string;
  level: IntegrationLevel;
  qualityGate: string;
  activities: string[];
  /** Delay of the feedback loop from this stage back to the start of the line (0 = none). */
  feedbackDays: number;
  /** Median hours of actual work one work item needs in this stage. */
  activeHours: number;
  /** Median calendar days an item waits in this stage (queue before/around the work). */
  waitDays: number;
  /** Deployments into this stage's environment per week for a product-mode stream. */
  deploysPerWeek: number;
  /** WIP limit, written only for product-mode streams (project-mode streams rarely limit WIP). */
  wipLimit: number;
}

export type PatternKey =
  'mechatronic' | 'embedded-software' | 'cloud-software' | 'vehicle-programme' | 'operational';

/** A subsystem: an assembly component plus its parts (each part is `partOf` the assembly). */
export interface SubsystemDef {
  key: string;
  parts: string[];
  /** Parts of the next generation (e.g. SiC power module) among `parts`. */
  next?: string[];
  /** Parts still on the legacy generation among `parts`. */
  legacy?: string[];
}

export interface FlowProfile {
  /** Jira-style project key; work item ids are `<key>-<n>`. Letters only, unique. */
  key: string;
  /** Relative shares of feature / defect / risk / debt. */
  mix?: [number, number, number, number];
  /** Where defects are found: late ('high' escape) or early ('low'). */
  escape?: 'low' | 'normal' | 'high';
  /** A stage of this stream where work queues: median wait in days overrides the template. */
  queue?: { stage: string; waitDays: number };
  /** Share of defects that are duplicates / not a defect. */
  duplicateShare?: number;
  notADefectShare?: number;
  /** Multiplier on the arrival rate derived from the teams working on the stream. */
  rate?: number;
}

export interface Canvas {
  purpose: string;
  customers: string[];
  trigger: string;
  valueHandover: string;
  boundaries: string;
}

export interface StreamDef {
  key: string;
  name: string;
  description: string;
  type?: 'development' | 'operational';
  operatingMode: OperatingMode;
  targetOperatingMode: OperatingMode;
  pattern: PatternKey;
  /** Which templates of the pattern this stream has (inclusive index range; orders = index + 1). */
  stages: [number, number];
  canvas: Canvas;
  delivers: string[];
  deliversTo: string[];
  subsystems: SubsystemDef[];
  /** Components defined in another stream that this stream builds too (parallel-stream overlap). */
  alsoBuilds?: string[];
  componentGeneration?: ComponentGeneration;
  /** Multiplier on feedback-loop delays (slow feedback where integration is late). */
  feedbackFactor?: number;
  tags?: string[];
  flow: FlowProfile;
  subStreams?: StreamDef[];
}

export interface ProductDef {
  key: string;
  name: string;
  description?: string;
  variants: { key: string; name: string }[];
  generations: { key: string; name: string; status: GenerationStatus; endOfLife?: string }[];
}

export interface IntegrationPointDef {
  key: string;
  name: string;
  description: string;
  at: string; // stage key
  level: IntegrationLevel;
  responsible: string[]; // team/domain refs; empty = nobody owns it
}

export interface TeamDef {
  key: string;
  name: string;
  type: TeamType;
  worksOn: string[]; // value-stream / stage refs
  /** Component keys, or `subsystem/*` for a subsystem's assembly and all its parts. */
  owns?: string[];
  ownsExcept?: string[];
  /** Org unit key; default: the home domain's department. */
  memberOf?: string;
  operatingMode?: OperatingMode;
}

export interface DomainDef {
  key: string;
  name: string;
  description: string;
  tags?: string[];
  operatingMode: OperatingMode;
  targetOperatingMode: OperatingMode;
  department: string;
  obligations: { kind: 'deliver' | 'maintain' | 'integrate'; target: string }[];
  streams: StreamDef[];
  products: ProductDef[];
  integrationPoints: IntegrationPointDef[];
  teams: TeamDef[];
}

// ---------------------------------------------------------------------------------------------
// Enterprise and organisation
// ---------------------------------------------------------------------------------------------

export const ENTERPRISE = {
  key: 'acme-motors',
  name: 'ACME Motors',
  description:
    'A vehicle manufacturer moving from combustion to electric, software-defined vehicles: ' +
    'two vehicle programmes, seven development domains, hardware and software side by side.',
};

export interface OrgUnitDef {
  key: string;
  name: string;
  type: 'business-unit' | 'department' | 'site';
  partOf: string; // ref
  description?: string;
}

/** Shared by all divisions: the enterprise has one set of business units and sites. */
export const SHARED_ORG_UNITS: OrgUnitDef[] = [
  {
    key: 'vehicle-engineering',
    name: 'Vehicle Engineering',
    type: 'business-unit',
    partOf: 'enterprise:acme-motors',
    description: 'Mechatronic development: powertrain, chassis, body and E/E.',
  },
  {
    key: 'software-and-digital',
    name: 'Software & Digital',
    type: 'business-unit',
    partOf: 'enterprise:acme-motors',
    description: 'In-vehicle software, assisted driving and connected services.',
  },
  {
    key: 'vehicle-programmes',
    name: 'Vehicle Programmes',
    type: 'business-unit',
    partOf: 'enterprise:acme-motors',
    description: 'Vehicle projects from concept to start of production.',
  },
  { key: 'hq-campus', name: 'Headquarters Campus', type: 'site', partOf: 'enterprise:acme-motors' },
  {
    key: 'krakow-engineering-centre',
    name: 'Krakow Engineering Centre',
    type: 'site',
    partOf: 'enterprise:acme-motors',
  },
  { key: 'lisbon-software-hub', name: 'Lisbon Software Hub', type: 'site', partOf: 'enterprise:acme-motors' },
  {
    key: 'north-winter-test-centre',
    name: 'North Winter Test Centre',
    type: 'site',
    partOf: 'enterprise:acme-motors',
  },
];

/** Per division: departments carry the teams. */
export const DEPARTMENTS: OrgUnitDef[] = [
  {
    key: 'powertrain-engineering',
    name: 'Powertrain Engineering',
    type: 'department',
    partOf: 'org-unit:vehicle-engineering',
  },
  {
    key: 'chassis-engineering',
    name: 'Chassis Engineering',
    type: 'department',
    partOf: 'org-unit:vehicle-engineering',
  },
  {
    key: 'electrics-electronics',
    name: 'Electrics/Electronics (E/E)',
    type: 'department',
    partOf: 'org-unit:vehicle-engineering',
  },
  {
    key: 'adas-development',
    name: 'ADAS Development',
    type: 'department',
    partOf: 'org-unit:software-and-digital',
  },
  {
    key: 'infotainment-and-connectivity',
    name: 'Infotainment & Connectivity',
    type: 'department',
    partOf: 'org-unit:software-and-digital',
  },
  {
    key: 'connected-services',
    name: 'Connected Services',
    type: 'department',
    partOf: 'org-unit:software-and-digital',
  },
  {
    key: 'vehicle-integration-and-test',
    name: 'Vehicle Integration & Test',
    type: 'department',
    partOf: 'org-unit:vehicle-programmes',
  },
  {
    key: 'value-stream-office',
    name: 'Value Stream Office',
    type: 'department',
    partOf: 'enterprise:acme-motors',
    description: 'Runs the value stream identification and the transformation roadmap.',
  },
];

// ---------------------------------------------------------------------------------------------
// Assembly Line patterns (component -> subsystem -> system -> vehicle, and the software line)
// ---------------------------------------------------------------------------------------------

export const PATTERNS: Record<PatternKey, StageTemplate[]> = {
  mechatronic: [
    {
      key: 'component-development',
      name: 'Component Development',
      level: 'component',
      qualityGate: 'Design freeze and component bench test passed',
      activities: [
        'Requirements and design',
        'Simulation',
        'A-sample build',
        'Component bench test',
        'Design FMEA',
      ],
      feedbackDays: 0,
      activeHours: 40,
      waitDays: 2,
      deploysPerWeek: 0,
      wipLimit: 15,
    },
    {
      key: 'subsystem-integration',
      name: 'Subsystem Integration',
      level: 'subsystem',
      qualityGate: 'Subsystem HIL sign-off',
      activities: ['Subsystem assembly', 'Firmware flashing', 'HIL test', 'Interface verification'],
      feedbackDays: 4,
      activeHours: 24,
      waitDays: 3,
      deploysPerWeek: 3,
      wipLimit: 10,
    },
    {
      key: 'system-integration',
      name: 'System Integration',
      level: 'system',
      qualityGate: 'System release for vehicle (B-sample)',
      activities: [
        'System integration',
        'System HIL regression',
        'EMC test',
        'Functional safety assessment (ISO 26262)',
      ],
      feedbackDays: 14,
      activeHours: 16,
      waitDays: 4,
      deploysPerWeek: 2,
      wipLimit: 8,
    },
    {
      key: 'vehicle-integration',
      name: 'Vehicle Integration',
      level: 'product',
      qualityGate: 'Vehicle validation sign-off (C-sample)',
      activities: [
        'Test vehicle build-up',
        'Calibration',
        'Vehicle test drives',
        'Durability and climate tests',
      ],
      feedbackDays: 35,
      activeHours: 12,
      waitDays: 6,
      deploysPerWeek: 1,
      wipLimit: 6,
    },
  ],
  'embedded-software': [
    {
      key: 'build',
      name: 'Build',
      level: 'component',
      qualityGate: 'Unit tests, static analysis (MISRA) and code review green',
      activities: ['Backlog refinement', 'Coding', 'Unit testing', 'Static analysis', 'Code review'],
      feedbackDays: 0,
      activeHours: 24,
      waitDays: 1,
      deploysPerWeek: 0,
      wipLimit: 20,
    },
    {
      key: 'software-integration',
      name: 'Software Integration',
      level: 'subsystem',
      qualityGate: 'Integration test suite green on the reference ECU',
      activities: ['Continuous integration', 'Software-in-the-loop test', 'Interface contract tests'],
      feedbackDays: 1,
      activeHours: 8,
      waitDays: 1,
      deploysPerWeek: 10,
      wipLimit: 10,
    },
    {
      key: 'system-test',
      name: 'System Test',
      level: 'system',
      qualityGate: 'System test report approved',
      activities: ['HIL regression', 'Target hardware test', 'Performance and cybersecurity test'],
      feedbackDays: 3,
      activeHours: 10,
      waitDays: 2,
      deploysPerWeek: 5,
      wipLimit: 8,
    },
    {
      key: 'release',
      name: 'Release',
      level: 'product',
      qualityGate: 'Release approval (ASPICE SWE.6, homologation evidence)',
      activities: [
        'Release notes',
        'Variant configuration',
        'Software bill of materials',
        'Release approval',
      ],
      feedbackDays: 7,
      activeHours: 4,
      waitDays: 3,
      deploysPerWeek: 1,
      wipLimit: 5,
    },
  ],
  'cloud-software': [
    {
      key: 'build',
      name: 'Build',
      level: 'component',
      qualityGate: 'Pipeline green: unit tests, SAST, dependency scan',
      activities: ['Backlog refinement', 'Coding', 'Unit testing', 'Code review'],
      feedbackDays: 0,
      activeHours: 16,
      waitDays: 0.5,
      deploysPerWeek: 0,
      wipLimit: 20,
    },
    {
      key: 'integration',
      name: 'Integration',
      level: 'subsystem',
      qualityGate: 'Contract and integration tests green',
      activities: ['Deploy to integration environment', 'Contract tests', 'Vehicle simulator tests'],
      feedbackDays: 1,
      activeHours: 4,
      waitDays: 0.5,
      deploysPerWeek: 20,
      wipLimit: 10,
    },
    {
      key: 'system-test',
      name: 'System Test',
      level: 'system',
      qualityGate: 'End-to-end tests with test fleet green',
      activities: ['End-to-end tests', 'Load test', 'Penetration test'],
      feedbackDays: 2,
      activeHours: 6,
      waitDays: 1,
      deploysPerWeek: 10,
      wipLimit: 8,
    },
    {
      key: 'production-release',
      name: 'Production Release',
      level: 'customer',
      qualityGate: 'Canary healthy and change approved',
      activities: ['Canary deployment', 'Progressive rollout', 'Production monitoring'],
      feedbackDays: 2,
      activeHours: 2,
      waitDays: 0.5,
      deploysPerWeek: 7,
      wipLimit: 6,
    },
  ],
  'vehicle-programme': [
    {
      key: 'prototype-build',
      name: 'Prototype Build',
      level: 'product',
      qualityGate: 'Prototype vehicle commissioned and ready for validation',
      activities: ['Parts logistics', 'Vehicle build-up', 'Software flashing', 'Commissioning'],
      feedbackDays: 0,
      activeHours: 24,
      waitDays: 5,
      deploysPerWeek: 1,
      wipLimit: 10,
    },
    {
      key: 'vehicle-validation',
      name: 'Vehicle Validation',
      level: 'product',
      qualityGate: 'Validation sign-off per variant',
      activities: ['Test drives', 'Durability runs', 'Winter and summer testing', 'Issue triage'],
      feedbackDays: 21,
      activeHours: 16,
      waitDays: 4,
      deploysPerWeek: 1,
      wipLimit: 10,
    },
    {
      key: 'homologation',
      name: 'Homologation',
      level: 'customer',
      qualityGate: 'Type approval granted',
      activities: ['UNECE R155/R156 evidence', 'Range and emissions certification', 'Crash test witness'],
      feedbackDays: 42,
      activeHours: 8,
      waitDays: 8,
      deploysPerWeek: 0,
      wipLimit: 6,
    },
    {
      key: 'start-of-production',
      name: 'Start of Production',
      level: 'customer',
      qualityGate: 'Production release (PPAP complete)',
      activities: ['Pre-series build', 'End-of-line test', 'Production ramp-up'],
      feedbackDays: 56,
      activeHours: 8,
      waitDays: 5,
      deploysPerWeek: 0.3,
      wipLimit: 6,
    },
  ],
  operational: [
    {
      key: 'campaign-preparation',
      name: 'Campaign Preparation',
      level: 'product',
      qualityGate: 'Campaign approved by the software release board',
      activities: ['Target fleet selection', 'Dependency check', 'Regulatory impact assessment'],
      feedbackDays: 0,
      activeHours: 6,
      waitDays: 1,
      deploysPerWeek: 0,
      wipLimit: 8,
    },
    {
      key: 'pilot-rollout',
      name: 'Pilot Rollout',
      level: 'customer',
      qualityGate: 'Pilot fleet success rate above 99 %',
      activities: ['Pilot fleet rollout', 'Telemetry monitoring', 'Rollback readiness'],
      feedbackDays: 2,
      activeHours: 4,
      waitDays: 1,
      deploysPerWeek: 3,
      wipLimit: 4,
    },
    {
      key: 'fleet-rollout',
      name: 'Fleet Rollout',
      level: 'customer',
      qualityGate: 'Fleet rollout complete and field monitoring quiet',
      activities: ['Staged fleet rollout', 'Customer communication', 'Field monitoring'],
      feedbackDays: 5,
      activeHours: 4,
      waitDays: 2,
      deploysPerWeek: 4,
      wipLimit: 4,
    },
  ],
};

/** Cross-stream feedback loops beyond the ones every line gets (vehicle programmes -> suppliers). */
export const EXTRA_FEEDBACK: { from: string; to: string; delayDays: number }[] = [
  {
    from: 'stage:terra-vehicle-program-vehicle-validation',
    to: 'stage:ev-drive-system-integration',
    delayDays: 28,
  },
  {
    from: 'stage:terra-vehicle-program-vehicle-validation',
    to: 'stage:body-electronics-system-integration',
    delayDays: 21,
  },
  {
    from: 'stage:vela-vehicle-program-vehicle-validation',
    to: 'stage:adas-l2-plus-system-integration',
    delayDays: 35,
  },
  {
    from: 'stage:vela-vehicle-program-vehicle-validation',
    to: 'stage:battery-system-system-integration',
    delayDays: 28,
  },
  { from: 'stage:ota-campaigns-fleet-rollout', to: 'stage:ota-platform-build', delayDays: 3 },
];

// ---------------------------------------------------------------------------------------------
// Domains
// ---------------------------------------------------------------------------------------------

export const DOMAINS: DomainDef[] = [
  // ---- Powertrain -------------------------------------------------------------------------
  {
    key: 'powertrain',
    name: 'Powertrain',
    description:
      'Electric drive units, high-voltage batteries, charging and the remaining combustion engines.',
    tags: ['ev', 'hardware'],
    // phenomenon (a): only project budgets fund this domain, yet it must maintain edu-gen1 until 2033.
    operatingMode: 'project',
    targetOperatingMode: 'product',
    department: 'powertrain-engineering',
    obligations: [
      { kind: 'maintain', target: 'generation:edu-gen1' },
      { kind: 'maintain', target: 'generation:hvb-gen1' },
      { kind: 'maintain', target: 'generation:ice-gen3' },
      { kind: 'deliver', target: 'generation:edu-gen2' },
      { kind: 'deliver', target: 'generation:hvb-gen2' },
      { kind: 'integrate', target: 'integration-point:e-drive-system-handover' },
    ],
    streams: [
      {
        key: 'ev-drive',
        name: 'Electric Drive Unit',
        description:
          'Integrates inverter, e-motor and gearbox into the electric drive unit (EDU) and brings it into the vehicle.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [2, 3],
        feedbackFactor: 1.5, // late integration: feedback from the vehicle arrives slowly
        canvas: {
          purpose: 'Deliver a compact, efficient electric drive unit for all ACME electric vehicles.',
          customers: ['Vehicle programmes Terra and Vela', 'Aftersales'],
          trigger: 'Vehicle programme milestone or field issue',
          valueHandover: 'Released EDU (B-sample, then C-sample) at the vehicle build',
          boundaries:
            'From EDU system specification to vehicle validation sign-off; cells and charging excluded',
        },
        delivers: ['product:electric-drive-unit', 'variant:edu-150kw', 'variant:edu-250kw'],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'edu-system',
            parts: [
              'reduction-gearbox',
              'park-lock-actuator',
              'edu-system-software',
              'edu-thermal-management',
              'edu-calibration-data',
            ],
          },
        ],
        flow: { key: 'edu', escape: 'high' },
        subStreams: [
          {
            key: 'ev-drive-inverter',
            name: 'Inverter & Power Electronics',
            description: 'Traction inverter hardware and its control software.',
            operatingMode: 'project',
            targetOperatingMode: 'product',
            pattern: 'mechatronic',
            stages: [0, 1],
            canvas: {
              purpose: 'Convert battery DC into motor AC with best-in-class efficiency.',
              customers: ['Electric Drive Unit stream'],
              trigger: 'EDU requirement change',
              valueHandover: 'Inverter subsystem at the EDU system integration',
              boundaries: 'Power module to inverter control software',
            },
            delivers: [],
            deliversTo: ['integration-point:e-drive-system-handover'],
            subsystems: [
              {
                key: 'inverter',
                parts: [
                  'inverter-power-module',
                  'inverter-gate-driver',
                  'inverter-control-board',
                  'inverter-control-software',
                  'inverter-dc-link-capacitor',
                  'inverter-cooling-plate',
                  'inverter-sic-power-module',
                ],
                next: ['inverter-sic-power-module'],
              },
            ],
            flow: { key: 'inv', escape: 'high' },
          },
          {
            key: 'ev-drive-motor',
            name: 'E-Motor',
            description: 'Permanent-magnet synchronous machine: stator, rotor, sensors and cooling.',
            operatingMode: 'project',
            targetOperatingMode: 'product',
            pattern: 'mechatronic',
            stages: [0, 1],
            canvas: {
              purpose: 'Provide the traction motor for the EDU.',
              customers: ['Electric Drive Unit stream'],
              trigger: 'EDU requirement change',
              valueHandover: 'E-motor subsystem at the EDU system integration',
              boundaries: 'Electromagnetic design to motor subsystem test',
            },
            delivers: [],
            deliversTo: ['integration-point:e-drive-system-handover'],
            subsystems: [
              {
                key: 'e-motor',
                parts: [
                  'e-motor-stator',
                  'e-motor-rotor',
                  'e-motor-resolver',
                  'e-motor-housing',
                  'e-motor-cooling-jacket',
                  'e-motor-hairpin-winding',
                ],
                next: ['e-motor-hairpin-winding'],
              },
            ],
            flow: { key: 'emo', escape: 'high' },
          },
        ],
      },
      {
        key: 'battery-system',
        name: 'High-Voltage Battery System',
        description: 'Battery pack with cells, battery management and thermal system.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Store energy safely and durably for the lifetime of the vehicle.',
          customers: ['Vehicle programmes Terra and Vela'],
          trigger: 'Vehicle programme milestone, cell supplier change or field issue',
          valueHandover: 'Battery system released for vehicle build',
          boundaries: 'Cell module to battery system in the vehicle; charging handled by its sub-stream',
        },
        delivers: ['product:hv-battery', 'variant:hvb-60kwh', 'variant:hvb-85kwh'],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'battery-pack',
            parts: [
              'battery-cell-module',
              'battery-cell-module-gen2',
              'cell-supervision-circuit',
              'battery-management-system',
              'bms-software',
              'battery-junction-box',
              'hv-contactor-unit',
              'battery-thermal-system',
              'battery-housing',
            ],
            next: ['battery-cell-module-gen2'],
          },
          {
            key: 'high-voltage-distribution',
            parts: ['hv-harness', 'hv-interlock-loop', 'insulation-monitor'],
          },
        ],
        flow: { key: 'hvb' },
        subStreams: [
          {
            key: 'battery-charging',
            name: 'Charging & DC Conversion',
            description: 'On-board charger, DC/DC converter and charge communication.',
            operatingMode: 'project',
            targetOperatingMode: 'product',
            pattern: 'mechatronic',
            stages: [0, 1],
            canvas: {
              purpose: 'Charge fast and reliably at every public and home charger.',
              customers: ['High-Voltage Battery System stream', 'Connected Services'],
              trigger: 'Charging standard update or interoperability issue',
              valueHandover: 'Charging subsystem at battery system integration',
              boundaries: 'Charge port to battery junction box',
            },
            delivers: [],
            deliversTo: ['integration-point:battery-system-handover'],
            subsystems: [
              {
                key: 'charging',
                parts: [
                  'onboard-charger',
                  'dc-dc-converter',
                  'charge-port-controller',
                  'charging-software',
                  'charging-communication-module',
                ],
              },
            ],
            flow: { key: 'chg' },
          },
        ],
      },
      {
        key: 'combustion-powertrain',
        name: 'Combustion Powertrain (Gen 3)',
        description:
          'Sustaining the legacy 1.5 and 2.0 turbo engines and the dual-clutch transmission until end of life.',
        operatingMode: 'project',
        targetOperatingMode: 'project',
        pattern: 'mechatronic',
        stages: [0, 3],
        componentGeneration: 'legacy',
        tags: ['legacy'],
        canvas: {
          purpose: 'Keep the combustion fleet compliant and reliable until end of production.',
          customers: ['Vehicle programme Terra (plug-in hybrid)', 'Aftersales'],
          trigger: 'Emission regulation change or field issue',
          valueHandover: 'Released engine and transmission software at the vehicle build',
          boundaries: 'Engine and transmission control only; no new hardware',
        },
        delivers: [
          'product:combustion-powertrain',
          'variant:ice-15-turbo',
          'variant:ice-20-turbo',
          'variant:cluster-ice-legacy',
        ],
        deliversTo: ['integration-point:terra-vehicle-build'],
        subsystems: [
          {
            key: 'engine-control',
            parts: [
              'engine-control-unit',
              'engine-control-software',
              'fuel-injection-control',
              'turbocharger-control',
              'egr-valve-control',
              'exhaust-aftertreatment-control',
            ],
          },
          {
            key: 'transmission-control',
            parts: ['transmission-control-unit', 'dct-gearbox-software', 'gear-selector-module'],
          },
        ],
        flow: { key: 'ice', mix: [20, 50, 5, 25] },
      },
    ],
    products: [
      {
        key: 'electric-drive-unit',
        name: 'Electric Drive Unit (EDU)',
        description: 'Inverter, e-motor and reduction gearbox in one housing.',
        variants: [
          { key: 'edu-150kw', name: 'EDU 150 kW' },
          { key: 'edu-250kw', name: 'EDU 250 kW' },
        ],
        generations: [
          { key: 'edu-gen1', name: 'EDU Gen 1', status: 'active', endOfLife: '2033-12-31' },
          { key: 'edu-gen2', name: 'EDU Gen 2 (SiC)', status: 'planned' },
        ],
      },
      {
        key: 'hv-battery',
        name: 'High-Voltage Battery',
        variants: [
          { key: 'hvb-60kwh', name: 'HV Battery 60 kWh' },
          { key: 'hvb-85kwh', name: 'HV Battery 85 kWh' },
        ],
        generations: [
          { key: 'hvb-gen1', name: 'HV Battery Gen 1', status: 'active', endOfLife: '2032-06-30' },
          { key: 'hvb-gen2', name: 'HV Battery Gen 2 (cell-to-pack)', status: 'planned' },
        ],
      },
      {
        key: 'combustion-powertrain',
        name: 'Combustion Powertrain',
        variants: [
          { key: 'ice-15-turbo', name: '1.5 Turbo' },
          { key: 'ice-20-turbo', name: '2.0 Turbo' },
        ],
        generations: [
          { key: 'ice-gen3', name: 'Combustion Gen 3', status: 'legacy', endOfLife: '2027-12-31' },
        ],
      },
    ],
    integrationPoints: [
      {
        key: 'e-drive-system-handover',
        name: 'E-Drive System Handover',
        description: 'Inverter and e-motor come together as the EDU on the system test bench.',
        at: 'ev-drive-system-integration',
        level: 'system',
        responsible: ['team:edu-integration'],
      },
      {
        key: 'battery-system-handover',
        name: 'Battery System Handover',
        description: 'Charging subsystem and battery pack are integrated and released for vehicle builds.',
        at: 'battery-system-system-integration',
        level: 'system',
        responsible: ['team:battery-pack'],
      },
    ],
    teams: [
      {
        key: 'inverter-hardware',
        name: 'Inverter Hardware',
        type: 'stream-aligned',
        worksOn: ['value-stream:ev-drive-inverter'],
        owns: ['inverter/*'],
        ownsExcept: ['inverter-control-software'],
      },
      {
        // phenomenon (d): its software depends on bms-software, yet it never talks to bms-software.
        key: 'inverter-software',
        name: 'Inverter Software',
        type: 'stream-aligned',
        worksOn: ['value-stream:ev-drive-inverter'],
        owns: ['inverter-control-software'],
      },
      {
        key: 'e-motor',
        name: 'E-Motor',
        type: 'stream-aligned',
        worksOn: ['value-stream:ev-drive-motor'],
        owns: ['e-motor/*'],
        ownsExcept: ['e-motor-hairpin-winding'],
      },
      {
        key: 'motor-electromagnetics',
        name: 'Motor Electromagnetics',
        type: 'complicated-subsystem',
        worksOn: ['value-stream:ev-drive-motor'],
        owns: ['e-motor-hairpin-winding'],
      },
      {
        key: 'edu-integration',
        name: 'EDU Integration',
        type: 'stream-aligned',
        worksOn: ['value-stream:ev-drive'],
        owns: ['edu-system/*'],
      },
      {
        key: 'battery-pack',
        name: 'Battery Pack',
        type: 'stream-aligned',
        worksOn: ['value-stream:battery-system'],
        owns: ['battery-pack/*'],
        ownsExcept: [
          'battery-management-system',
          'bms-software',
          'cell-supervision-circuit',
          'battery-cell-module',
          'battery-cell-module-gen2',
        ],
      },
      {
        key: 'bms-software',
        name: 'BMS Software',
        type: 'stream-aligned',
        worksOn: ['value-stream:battery-system'],
        owns: ['battery-management-system', 'bms-software', 'cell-supervision-circuit'],
      },
      {
        key: 'battery-cell-chemistry',
        name: 'Battery Cell Chemistry',
        type: 'complicated-subsystem',
        worksOn: ['value-stream:battery-system'],
        owns: ['battery-cell-module', 'battery-cell-module-gen2'],
      },
      {
        key: 'charging',
        name: 'Charging',
        type: 'stream-aligned',
        worksOn: ['value-stream:battery-charging'],
        owns: ['charging/*'],
      },
      {
        key: 'hv-distribution',
        name: 'HV Distribution',
        type: 'stream-aligned',
        worksOn: ['value-stream:battery-system'],
        owns: ['high-voltage-distribution/*'],
      },
      {
        key: 'ice-sustaining',
        name: 'Combustion Sustaining',
        type: 'stream-aligned',
        worksOn: ['value-stream:combustion-powertrain'],
        owns: ['engine-control/*', 'transmission-control/*'],
        ownsExcept: ['egr-valve-control'], // orphan component: nobody owns the EGR valve control any more
        memberOf: 'krakow-engineering-centre',
      },
    ],
  },

  // ---- Chassis ----------------------------------------------------------------------------
  {
    key: 'chassis',
    name: 'Chassis',
    description: 'Brakes, vehicle dynamics control, suspension and steering.',
    tags: ['hardware', 'safety'],
    operatingMode: 'project',
    targetOperatingMode: 'product',
    department: 'chassis-engineering',
    obligations: [
      { kind: 'deliver', target: 'product:vehicle-dynamics-control' },
      { kind: 'maintain', target: 'generation:eps-gen4' },
      { kind: 'deliver', target: 'generation:sbw-gen1' },
      { kind: 'integrate', target: 'integration-point:chassis-control-integration' },
    ],
    streams: [
      {
        // phenomenon (c): parallel to chassis-control-premium, same product, overlapping components.
        key: 'chassis-control-compact',
        name: 'Chassis Control – Compact Platform',
        description: 'Brake control and stability control for the compact platform.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Safe braking and stability for compact-platform vehicles at minimal cost.',
          customers: ['Vehicle programme Terra'],
          trigger: 'Vehicle programme milestone',
          valueHandover: 'Released compact chassis control at the vehicle build',
          boundaries: 'ESC hardware and software of the compact platform',
        },
        delivers: ['variant:vdc-compact'],
        deliversTo: [
          'integration-point:chassis-control-integration',
          'integration-point:terra-vehicle-build',
        ],
        subsystems: [
          {
            key: 'esc-compact',
            parts: ['abs-hydraulic-unit-compact', 'electric-brake-booster-compact', 'esc-ecu-compact'],
          },
        ],
        alsoBuilds: [
          'brake-pressure-controller',
          'wheel-speed-processing',
          'esc-software',
          'yaw-rate-sensor-fusion',
        ],
        flow: { key: 'vdcc' },
      },
      {
        key: 'chassis-control-premium',
        name: 'Chassis Control – Premium Platform',
        description:
          'Integrated brake system, torque vectoring and active suspension for the premium platform.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Best-in-class vehicle dynamics for premium-platform vehicles.',
          customers: ['Vehicle programme Vela'],
          trigger: 'Vehicle programme milestone',
          valueHandover: 'Released premium chassis control at the vehicle build',
          boundaries:
            'Integrated brake system, torque vectoring and suspension control of the premium platform',
        },
        delivers: ['variant:vdc-premium'],
        deliversTo: ['integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'esc-premium',
            parts: [
              'abs-hydraulic-unit-premium',
              'integrated-brake-system',
              'esc-ecu-premium',
              'torque-vectoring-controller',
            ],
          },
          {
            key: 'vehicle-motion-core',
            parts: [
              'brake-pressure-controller',
              'wheel-speed-processing',
              'esc-software',
              'yaw-rate-sensor-fusion',
            ],
          },
          {
            key: 'active-suspension',
            parts: [
              'air-suspension-controller',
              'damper-control-valve',
              'ride-height-sensor',
              'suspension-software',
            ],
          },
          {
            key: 'electric-parking-brake',
            parts: ['epb-actuator-left', 'epb-actuator-right', 'epb-control-software'],
          },
        ],
        flow: { key: 'vdcp' },
      },
      {
        key: 'steering',
        name: 'Steering Systems',
        description: 'Electric power steering today, steer-by-wire for the next generation.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Precise, fail-operational steering for assisted and automated driving.',
          customers: ['Vehicle programmes Terra and Vela', 'ADAS domain'],
          trigger: 'Vehicle programme milestone or ADAS requirement',
          valueHandover: 'Released steering system at the vehicle build',
          boundaries: 'Steering rack, actuators, ECUs and software',
        },
        delivers: ['product:steering-system', 'variant:eps-standard', 'variant:steer-by-wire-premium'],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'electric-power-steering',
            parts: ['eps-motor', 'eps-ecu', 'eps-software', 'steering-torque-sensor', 'steering-rack'],
            legacy: ['steering-torque-sensor'],
          },
          {
            key: 'steer-by-wire',
            parts: [
              'sbw-road-wheel-actuator',
              'sbw-hand-wheel-actuator',
              'sbw-redundant-ecu',
              'sbw-software',
            ],
            next: ['sbw-road-wheel-actuator', 'sbw-hand-wheel-actuator', 'sbw-redundant-ecu', 'sbw-software'],
          },
        ],
        flow: { key: 'str' },
      },
    ],
    products: [
      {
        key: 'vehicle-dynamics-control',
        name: 'Vehicle Dynamics Control',
        description: 'ABS, ESC and brake control; one product, today built twice.',
        variants: [
          { key: 'vdc-compact', name: 'VDC Compact' },
          { key: 'vdc-premium', name: 'VDC Premium' },
        ],
        generations: [
          { key: 'vdc-gen2', name: 'VDC Gen 2', status: 'active', endOfLife: '2030-12-31' },
          { key: 'vdc-gen3', name: 'VDC Gen 3', status: 'planned' },
        ],
      },
      {
        key: 'steering-system',
        name: 'Steering System',
        variants: [
          { key: 'eps-standard', name: 'Electric Power Steering' },
          { key: 'steer-by-wire-premium', name: 'Steer-by-Wire Premium' },
        ],
        generations: [
          { key: 'eps-gen4', name: 'EPS Gen 4', status: 'active', endOfLife: '2031-06-30' },
          { key: 'sbw-gen1', name: 'Steer-by-Wire Gen 1', status: 'planned' },
        ],
      },
    ],
    integrationPoints: [
      {
        key: 'chassis-control-integration',
        name: 'Chassis Control Integration',
        description: 'Brake, stability and suspension control meet on the chassis system test bench.',
        at: 'chassis-control-premium-system-integration',
        level: 'system',
        responsible: ['domain:chassis', 'team:chassis-integration'],
      },
    ],
    teams: [
      {
        key: 'brakes-compact',
        name: 'Brakes Compact',
        type: 'stream-aligned',
        worksOn: ['value-stream:chassis-control-compact'],
        owns: ['esc-compact/*'],
      },
      {
        key: 'brakes-premium',
        name: 'Brakes Premium',
        type: 'stream-aligned',
        worksOn: ['value-stream:chassis-control-premium'],
        owns: ['esc-premium/*'],
      },
      {
        key: 'vehicle-motion-software',
        name: 'Vehicle Motion Software',
        type: 'stream-aligned',
        worksOn: ['value-stream:chassis-control-compact', 'value-stream:chassis-control-premium'],
        owns: ['vehicle-motion-core/*'],
      },
      {
        key: 'active-suspension',
        name: 'Active Suspension',
        type: 'stream-aligned',
        worksOn: ['value-stream:chassis-control-premium'],
        owns: ['active-suspension/*'],
      },
      {
        key: 'parking-brake',
        name: 'Parking Brake',
        type: 'stream-aligned',
        worksOn: ['value-stream:chassis-control-premium'],
        owns: ['electric-parking-brake/*'],
      },
      {
        key: 'power-steering',
        name: 'Power Steering',
        type: 'stream-aligned',
        worksOn: ['value-stream:steering'],
        owns: ['electric-power-steering/*'],
      },
      {
        key: 'steer-by-wire',
        name: 'Steer-by-Wire',
        type: 'complicated-subsystem',
        worksOn: ['value-stream:steering'],
        owns: ['steer-by-wire/*'],
      },
      {
        key: 'chassis-integration',
        name: 'Chassis Integration',
        type: 'stream-aligned',
        worksOn: [
          'stage:chassis-control-compact-system-integration',
          'stage:chassis-control-premium-system-integration',
          'stage:steering-system-integration',
        ],
      },
    ],
  },

  // ---- ADAS -------------------------------------------------------------------------------
  {
    key: 'adas',
    name: 'Assisted Driving (ADAS)',
    description: 'Perception, sensor fusion, planning and control for L2+ assisted driving and parking.',
    tags: ['software', 'safety'],
    operatingMode: 'hybrid',
    targetOperatingMode: 'product',
    department: 'adas-development',
    obligations: [
      { kind: 'deliver', target: 'product:assisted-driving' },
      { kind: 'deliver', target: 'generation:adas-gen3' },
      { kind: 'maintain', target: 'generation:park-gen1' },
    ],
    streams: [
      {
        key: 'adas-l2-plus',
        name: 'Assisted Driving L2+',
        description:
          'Highway and urban assisted driving: sensors, sensor fusion and the ADAS domain controller.',
        operatingMode: 'product',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [2, 3],
        canvas: {
          purpose: 'Hands-off highway driving and urban assistance that customers trust.',
          customers: ['Drivers of Terra and Vela', 'Vehicle programmes'],
          trigger: 'Customer feedback, NCAP protocol update, new market',
          valueHandover: 'ADAS software release in the vehicle and over the air',
          boundaries: 'Sensors to trajectory control; actuators belong to chassis',
        },
        delivers: [
          'product:assisted-driving',
          'variant:l2-plus-highway',
          'variant:l2-plus-urban',
          'variant:cluster-adas-visualisation',
        ],
        deliversTo: ['integration-point:vela-vehicle-build', 'integration-point:terra-vehicle-build'],
        subsystems: [
          {
            key: 'sensor-fusion',
            parts: [
              'sensor-fusion-core',
              'object-tracking',
              'environment-model',
              'free-space-detection',
              'adas-domain-controller',
              'adas-domain-controller-gen3',
            ],
            next: ['adas-domain-controller-gen3'],
          },
          {
            key: 'adas-sensors',
            parts: ['front-radar', 'corner-radar', 'front-camera-module', 'ultrasonic-sensor-array'],
          },
          {
            key: 'adas-simulation',
            parts: ['scenario-simulation-engine', 'sensor-simulation-models', 'hil-sensor-stimulation'],
          },
          { key: 'adas-map', parts: ['hd-map-client', 'map-matching', 'speed-limit-fusion'] },
        ],
        // phenomenon (e): work queues in front of the sensor-fusion system integration.
        flow: { key: 'adas', queue: { stage: 'system-integration', waitDays: 21 } },
        subStreams: [
          {
            key: 'adas-perception',
            name: 'Perception',
            description: 'Camera, radar and lidar perception software and its training pipeline.',
            operatingMode: 'product',
            targetOperatingMode: 'product',
            pattern: 'embedded-software',
            stages: [0, 1],
            canvas: {
              purpose: 'See the road, objects and signs reliably in every weather.',
              customers: ['Assisted Driving L2+ stream'],
              trigger: 'Perception KPI gap or new sensor',
              valueHandover: 'Perception software at sensor fusion integration',
              boundaries: 'Raw sensor data to object list',
            },
            delivers: [],
            deliversTo: ['integration-point:sensor-fusion-integration'],
            subsystems: [
              {
                key: 'perception',
                parts: [
                  'front-camera-perception',
                  'radar-object-detection',
                  'lidar-point-cloud-processing',
                  'lane-detection',
                  'traffic-sign-recognition',
                  'perception-training-pipeline',
                ],
                next: ['lidar-point-cloud-processing'],
              },
            ],
            flow: { key: 'per' },
          },
          {
            key: 'adas-planning-control',
            name: 'Planning & Control',
            description: 'Trajectory planning, vehicle control and driver monitoring.',
            operatingMode: 'product',
            targetOperatingMode: 'product',
            pattern: 'embedded-software',
            stages: [0, 1],
            canvas: {
              purpose: 'Drive smoothly and safely along a planned trajectory.',
              customers: ['Assisted Driving L2+ stream'],
              trigger: 'Driving-behaviour feedback or new function',
              valueHandover: 'Planning and control software at sensor fusion integration',
              boundaries: 'Environment model to actuator requests',
            },
            delivers: [],
            deliversTo: ['integration-point:sensor-fusion-integration'],
            subsystems: [
              {
                key: 'planning-control',
                parts: [
                  'trajectory-planner',
                  'trajectory-controller',
                  'driver-monitoring',
                  'hands-off-detection',
                  'driving-policy-arbitration',
                ],
              },
            ],
            flow: { key: 'plc' },
          },
        ],
      },
      {
        key: 'parking-assist',
        name: 'Parking Assistance',
        description: 'Park distance control, surround view and automated parking.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'embedded-software',
        stages: [0, 3],
        canvas: {
          purpose: 'Stress-free parking, including remote parking from the phone.',
          customers: ['Drivers', 'Vehicle programme Terra'],
          trigger: 'Vehicle programme milestone',
          valueHandover: 'Parking software release in the vehicle',
          boundaries: 'Ultrasonic and camera data to parking manoeuvre',
        },
        delivers: ['product:parking-assistant', 'variant:park-assist-basic', 'variant:park-assist-remote'],
        deliversTo: ['integration-point:terra-vehicle-build'],
        subsystems: [
          {
            key: 'parking',
            parts: [
              'park-distance-control',
              'surround-view-stitching',
              'automated-parking-planner',
              'remote-parking-interface',
              'parking-hmi',
              'trailer-assist',
            ],
          },
        ],
        flow: { key: 'park' },
      },
    ],
    products: [
      {
        key: 'assisted-driving',
        name: 'Assisted Driving',
        variants: [
          { key: 'l2-plus-highway', name: 'L2+ Highway Pilot' },
          { key: 'l2-plus-urban', name: 'L2+ Urban Assist' },
        ],
        generations: [
          { key: 'adas-gen2', name: 'ADAS Gen 2', status: 'active', endOfLife: '2030-06-30' },
          { key: 'adas-gen3', name: 'ADAS Gen 3 (central compute)', status: 'planned' },
        ],
      },
      {
        key: 'parking-assistant',
        name: 'Parking Assistant',
        variants: [
          { key: 'park-assist-basic', name: 'Park Assist Basic' },
          { key: 'park-assist-remote', name: 'Remote Park Assist' },
        ],
        generations: [
          { key: 'park-gen1', name: 'Parking Gen 1', status: 'legacy', endOfLife: '2026-12-31' },
          { key: 'park-gen2', name: 'Parking Gen 2', status: 'active', endOfLife: '2031-12-31' },
        ],
      },
    ],
    integrationPoints: [
      {
        // phenomenon (b): the integration point where perception and planning meet has no owner.
        key: 'sensor-fusion-integration',
        name: 'Sensor Fusion Integration',
        description: 'Perception and planning software meet the sensors on the ADAS domain controller.',
        at: 'adas-l2-plus-system-integration',
        level: 'system',
        responsible: [],
      },
    ],
    teams: [
      {
        key: 'camera-perception',
        name: 'Camera Perception',
        type: 'stream-aligned',
        worksOn: ['value-stream:adas-perception'],
        owns: ['front-camera-perception', 'lane-detection', 'traffic-sign-recognition'],
      },
      {
        key: 'radar-lidar-perception',
        name: 'Radar & Lidar Perception',
        type: 'stream-aligned',
        worksOn: ['value-stream:adas-perception'],
        owns: ['perception', 'radar-object-detection', 'lidar-point-cloud-processing'],
      },
      {
        key: 'perception-ml',
        name: 'Perception ML',
        type: 'complicated-subsystem',
        worksOn: ['value-stream:adas-perception'],
        owns: ['perception-training-pipeline'],
      },
      {
        // phenomenon (d): trajectory-controller depends on chassis' brake-pressure-controller; no interaction.
        key: 'adas-planning-control',
        name: 'Planning & Control',
        type: 'stream-aligned',
        worksOn: ['value-stream:adas-planning-control'],
        owns: ['planning-control/*'],
      },
      {
        key: 'sensor-fusion',
        name: 'Sensor Fusion',
        type: 'complicated-subsystem',
        worksOn: ['stage:adas-l2-plus-system-integration'],
        owns: ['sensor-fusion/*'],
      },
      {
        key: 'adas-sensors',
        name: 'ADAS Sensors',
        type: 'stream-aligned',
        worksOn: ['value-stream:adas-l2-plus'],
        owns: ['adas-sensors/*'],
      },
      {
        key: 'adas-maps',
        name: 'ADAS Maps',
        type: 'stream-aligned',
        worksOn: ['value-stream:adas-l2-plus'],
        owns: ['adas-map/*'],
      },
      {
        key: 'adas-validation',
        name: 'ADAS Validation',
        type: 'stream-aligned',
        worksOn: ['stage:adas-l2-plus-vehicle-integration'],
      },
      {
        key: 'simulation-platform',
        name: 'Simulation Platform',
        type: 'platform',
        worksOn: ['value-stream:adas-l2-plus'],
        owns: ['adas-simulation/*'],
        operatingMode: 'product',
      },
      {
        key: 'parking',
        name: 'Parking',
        type: 'stream-aligned',
        worksOn: ['value-stream:parking-assist'],
        owns: ['parking/*'],
        operatingMode: 'project',
      },
    ],
  },

  // ---- Infotainment -----------------------------------------------------------------------
  {
    key: 'infotainment',
    name: 'Infotainment & Cockpit',
    description: 'Head unit, instrument cluster, in-vehicle apps and the vehicle OS they run on.',
    tags: ['software'],
    operatingMode: 'product',
    targetOperatingMode: 'product',
    department: 'infotainment-and-connectivity',
    obligations: [
      { kind: 'deliver', target: 'product:infotainment-system' },
      { kind: 'deliver', target: 'product:instrument-cluster' },
      { kind: 'maintain', target: 'generation:ivi-gen3' },
      { kind: 'integrate', target: 'integration-point:ivi-release-gate' },
    ],
    streams: [
      {
        key: 'infotainment-platform',
        name: 'Infotainment Platform',
        description:
          'The in-vehicle infotainment (IVI) platform: OS, middleware, HMI and the cluster software.',
        operatingMode: 'product',
        targetOperatingMode: 'product',
        pattern: 'embedded-software',
        stages: [0, 3],
        canvas: {
          purpose: 'A fast, familiar cockpit that improves with every update.',
          customers: ['Drivers and passengers', 'Vehicle programmes'],
          trigger: 'Customer feedback, app store trends, new vehicle',
          valueHandover: 'IVI release in the vehicle and over the air',
          boundaries: 'Vehicle OS to HMI; cloud services excluded',
        },
        delivers: [
          'product:infotainment-system',
          'variant:ivi-entry',
          'variant:ivi-premium',
          'variant:ivi-china',
          'variant:cluster-basic',
          'variant:cluster-digital-premium',
        ],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'vehicle-os',
            parts: [
              'vehicle-os-kernel',
              'autosar-adaptive-runtime',
              'hypervisor-configuration',
              'secure-boot-chain',
            ],
          },
          {
            key: 'ivi-middleware',
            parts: [
              'ivi-os-image',
              'ivi-hal',
              'media-framework',
              'audio-management',
              'bluetooth-stack',
              'ivi-update-agent',
            ],
          },
          {
            key: 'ivi-hmi',
            parts: [
              'home-screen',
              'climate-hmi',
              'settings-app',
              'phone-projection',
              'navigation-app',
              'voice-assistant',
            ],
          },
          {
            key: 'cluster-software',
            parts: [
              'cluster-renderer',
              'cluster-warning-manager',
              'cluster-hmi-assets',
              'cluster-ar-navigation-overlay',
            ],
          },
          {
            key: 'ivi-connectivity',
            parts: ['telematics-control-unit', 'wifi-hotspot-service', 'emergency-call-module'],
          },
        ],
        flow: { key: 'ivi', duplicateShare: 0.13, notADefectShare: 0.16 },
        subStreams: [
          {
            key: 'ivi-apps',
            name: 'In-Vehicle Apps',
            description: 'App store, media streaming and the EV route planner.',
            operatingMode: 'product',
            targetOperatingMode: 'product',
            pattern: 'embedded-software',
            stages: [0, 1],
            canvas: {
              purpose: 'Bring the apps customers use on their phones into the car.',
              customers: ['Drivers and passengers'],
              trigger: 'Customer demand, partner app release',
              valueHandover: 'App release at the IVI system test',
              boundaries: 'Apps on top of the IVI platform',
            },
            delivers: [],
            deliversTo: ['integration-point:ivi-release-gate'],
            subsystems: [
              {
                key: 'in-vehicle-apps',
                parts: ['app-store-client', 'streaming-media-app', 'ev-route-planner', 'in-car-payment'],
              },
            ],
            flow: { key: 'apps', duplicateShare: 0.1, notADefectShare: 0.14 },
          },
        ],
      },
    ],
    products: [
      {
        key: 'infotainment-system',
        name: 'Infotainment System',
        variants: [
          { key: 'ivi-entry', name: 'IVI Entry' },
          { key: 'ivi-premium', name: 'IVI Premium' },
          { key: 'ivi-china', name: 'IVI China' },
        ],
        generations: [
          { key: 'ivi-gen3', name: 'IVI Gen 3', status: 'legacy', endOfLife: '2027-06-30' },
          { key: 'ivi-gen4', name: 'IVI Gen 4', status: 'active', endOfLife: '2031-12-31' },
          { key: 'ivi-gen5', name: 'IVI Gen 5', status: 'planned' },
        ],
      },
      {
        // Variant fragmentation: six variants, delivered by five streams in five domains.
        key: 'instrument-cluster',
        name: 'Instrument Cluster',
        description: 'Driver display; every domain with something to show has grown its own variant.',
        variants: [
          { key: 'cluster-basic', name: 'Cluster Basic' },
          { key: 'cluster-digital-premium', name: 'Cluster Digital Premium' },
          { key: 'cluster-adas-visualisation', name: 'Cluster with ADAS Visualisation' },
          { key: 'cluster-commercial', name: 'Cluster Commercial' },
          { key: 'cluster-ice-legacy', name: 'Cluster Combustion (legacy)' },
          { key: 'cluster-terra-hud', name: 'Terra Head-Up Display' },
        ],
        generations: [
          { key: 'cluster-gen2', name: 'Cluster Gen 2', status: 'legacy', endOfLife: '2027-03-31' },
          { key: 'cluster-gen3', name: 'Cluster Gen 3', status: 'active', endOfLife: '2031-12-31' },
        ],
      },
    ],
    integrationPoints: [
      {
        key: 'ivi-release-gate',
        name: 'IVI Release Gate',
        description: 'Platform and apps are released together for vehicles and over the air.',
        at: 'infotainment-platform-release',
        level: 'product',
        responsible: ['team:ivi-integration-test'],
      },
    ],
    teams: [
      {
        key: 'ivi-platform',
        name: 'IVI Platform',
        type: 'platform',
        worksOn: ['value-stream:infotainment-platform'],
        owns: ['ivi-middleware/*'],
      },
      {
        key: 'vehicle-os',
        name: 'Vehicle OS',
        type: 'platform',
        worksOn: ['value-stream:infotainment-platform'],
        owns: ['vehicle-os/*'],
      },
      {
        key: 'ivi-hmi',
        name: 'IVI HMI',
        type: 'stream-aligned',
        worksOn: ['value-stream:infotainment-platform'],
        owns: ['ivi-hmi/*'],
        ownsExcept: ['navigation-app', 'voice-assistant'],
      },
      {
        key: 'navigation-and-voice',
        name: 'Navigation & Voice',
        type: 'stream-aligned',
        worksOn: ['value-stream:infotainment-platform', 'value-stream:ivi-apps'],
        owns: ['navigation-app', 'voice-assistant', 'ev-route-planner'],
      },
      {
        key: 'cluster-software',
        name: 'Cluster Software',
        type: 'stream-aligned',
        worksOn: ['value-stream:infotainment-platform'],
        owns: ['cluster-software/*'],
      },
      {
        key: 'telematics-and-ecall',
        name: 'Telematics & eCall',
        type: 'stream-aligned',
        worksOn: ['value-stream:infotainment-platform'],
        owns: ['ivi-connectivity/*'],
      },
      {
        key: 'in-vehicle-apps',
        name: 'In-Vehicle Apps',
        type: 'stream-aligned',
        worksOn: ['value-stream:ivi-apps'],
        owns: ['in-vehicle-apps/*'],
        ownsExcept: ['ev-route-planner'],
        memberOf: 'lisbon-software-hub',
      },
      {
        key: 'ivi-integration-test',
        name: 'IVI Integration & Test',
        type: 'stream-aligned',
        worksOn: ['stage:infotainment-platform-system-test', 'stage:infotainment-platform-release'],
      },
    ],
  },

  // ---- Body -------------------------------------------------------------------------------
  {
    key: 'body',
    name: 'Body & Comfort Electronics',
    description: 'Body control, central gateway, climate, seats and interior.',
    tags: ['hardware', 'e-e'],
    operatingMode: 'project',
    targetOperatingMode: 'hybrid',
    department: 'electrics-electronics',
    obligations: [
      { kind: 'deliver', target: 'product:body-control-module' },
      { kind: 'maintain', target: 'generation:bcm-gen4' },
      { kind: 'deliver', target: 'product:central-gateway' },
      { kind: 'integrate', target: 'integration-point:ee-gateway-integration' },
    ],
    streams: [
      {
        key: 'body-electronics',
        name: 'Body Electronics & Gateway',
        description: 'Body control module, central gateway, diagnostics and climate control.',
        operatingMode: 'project',
        targetOperatingMode: 'product',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Reliable comfort functions and a secure vehicle network.',
          customers: ['Vehicle programmes', 'Connected Services (OTA, digital key)'],
          trigger: 'Vehicle programme milestone or cybersecurity finding',
          valueHandover: 'Released body and gateway software at the vehicle build',
          boundaries: 'Body ECUs, gateway and climate control; seats excluded',
        },
        delivers: [
          'product:body-control-module',
          'variant:bcm-base',
          'variant:bcm-high',
          'product:central-gateway',
          'variant:cluster-commercial',
        ],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'body-control',
            parts: [
              'body-control-module',
              'bcm-software',
              'exterior-lighting-controller',
              'interior-lighting-controller',
              'wiper-control',
              'door-control-unit',
              'window-lift-control',
              'keyless-entry-module',
              'sunroof-control',
              'mirror-control',
              'horn-and-alarm-module',
            ],
            legacy: ['wiper-control', 'keyless-entry-module', 'horn-and-alarm-module'],
          },
          {
            key: 'central-gateway',
            parts: [
              'central-gateway-ecu',
              'central-gateway-firmware',
              'can-ethernet-routing',
              'vehicle-firewall',
              'diagnostics-over-ip',
            ],
          },
          {
            key: 'vehicle-diagnostics',
            parts: ['uds-diagnostic-server', 'trouble-code-manager', 'remote-diagnostics-client'],
          },
          {
            key: 'climate-control',
            parts: ['hvac-control-unit', 'heat-pump-controller', 'climate-software', 'cabin-air-sensor'],
          },
          { key: 'commercial-cluster', parts: ['commercial-cluster-display', 'tachograph-interface'] },
          {
            key: 'power-distribution',
            parts: ['smart-fuse-box', 'power-distribution-software', 'low-voltage-battery-sensor'],
          },
        ],
        flow: { key: 'body', escape: 'high' },
      },
      {
        key: 'seats-and-interior',
        name: 'Seats & Interior',
        description: 'Seat systems and interior electronics.',
        operatingMode: 'project',
        targetOperatingMode: 'hybrid',
        pattern: 'mechatronic',
        stages: [0, 3],
        canvas: {
          purpose: 'Comfortable, adjustable seats and a modern interior.',
          customers: ['Vehicle programmes'],
          trigger: 'Vehicle programme milestone',
          valueHandover: 'Released seat and interior systems at the vehicle build',
          boundaries: 'Seat electronics and mechanics, interior lighting and controls',
        },
        delivers: [
          'product:seat-system',
          'variant:seat-manual',
          'variant:seat-comfort',
          'variant:seat-executive',
        ],
        deliversTo: ['integration-point:terra-vehicle-build', 'integration-point:vela-vehicle-build'],
        subsystems: [
          {
            key: 'seat-system',
            parts: [
              'seat-control-unit',
              'seat-adjustment-motors',
              'seat-climate-module',
              'seat-memory-software',
              'seat-occupancy-sensor',
              'seat-massage-module',
            ],
          },
          {
            key: 'interior',
            parts: [
              'ambient-lighting-module',
              'interior-trim-electronics',
              'smart-surface-controls',
              'digital-rear-view-mirror',
            ],
          },
        ],
        flow: { key: 'seat', rate: 0.8 },
      },
    ],
    products: [
      {
        key: 'body-control-module',
        name: 'Body Control Module',
        variants: [
          { key: 'bcm-base', name: 'BCM Base' },
          { key: 'bcm-high', name: 'BCM High' },
        ],
        generations: [
          { key: 'bcm-gen4', name: 'BCM Gen 4', status: 'legacy', endOfLife: '2026-12-31' },
          { key: 'bcm-gen5', name: 'BCM Gen 5', status: 'active', endOfLife: '2030-12-31' },
        ],
      },
      {
        key: 'central-gateway',
        name: 'Central Gateway',
        variants: [],
        generations: [
          { key: 'cgw-gen2', name: 'Central Gateway Gen 2', status: 'active', endOfLife: '2032-12-31' },
        ],
      },
      {
        key: 'seat-system',
        name: 'Seat System',
        variants: [
          { key: 'seat-manual', name: 'Manual Seat' },
          { key: 'seat-comfort', name: 'Comfort Seat' },
          { key: 'seat-executive', name: 'Executive Seat' },
        ],
        generations: [{ key: 'seat-gen3', name: 'Seat Gen 3', status: 'active', endOfLife: '2030-06-30' }],
      },
    ],
    integrationPoints: [
      {
        key: 'ee-gateway-integration',
        name: 'E/E Gateway Integration',
        description: 'All ECUs of a vehicle meet on the gateway network in the E/E integration lab.',
        at: 'body-electronics-system-integration',
        level: 'system',
        responsible: ['domain:body', 'team:gateway-and-diagnostics'],
      },
    ],
    teams: [
      {
        // High cognitive load: one sustaining team owns most body ECUs, climate and the commercial cluster.
        key: 'body-electronics-sustaining',
        name: 'Body Electronics Sustaining',
        type: 'stream-aligned',
        worksOn: ['value-stream:body-electronics'],
        owns: ['body-control/*', 'climate-control/*', 'commercial-cluster/*'],
        ownsExcept: ['bcm-software'],
      },
      {
        key: 'bcm-software',
        name: 'BCM Software',
        type: 'stream-aligned',
        worksOn: ['value-stream:body-electronics'],
        owns: ['bcm-software'],
      },
      {
        key: 'gateway-and-diagnostics',
        name: 'Gateway & Diagnostics',
        type: 'stream-aligned',
        worksOn: ['value-stream:body-electronics'],
        owns: ['central-gateway/*'],
      },
      {
        // Split across domains: diagnostics work lands in four domains' streams.
        key: 'vehicle-diagnostics',
        name: 'Vehicle Diagnostics',
        type: 'stream-aligned',
        worksOn: [
          'value-stream:body-electronics',
          'value-stream:battery-system',
          'value-stream:chassis-control-premium',
          'value-stream:infotainment-platform',
        ],
        owns: ['vehicle-diagnostics/*'],
      },
      {
        key: 'power-distribution',
        name: 'Power Distribution',
        type: 'stream-aligned',
        worksOn: ['value-stream:body-electronics'],
        owns: ['power-distribution/*'],
      },
      {
        key: 'seats',
        name: 'Seats',
        type: 'stream-aligned',
        worksOn: ['value-stream:seats-and-interior'],
        owns: ['seat-system/*'],
      },
      {
        key: 'interior-electronics',
        name: 'Interior Electronics',
        type: 'stream-aligned',
        worksOn: ['value-stream:seats-and-interior'],
        owns: ['interior/*'],
      },
    ],
  },

  // ---- Vehicle integration ----------------------------------------------------------------
  {
    key: 'vehicle-integration',
    name: 'Vehicle Integration',
    description:
      'The vehicle programmes: prototype builds, validation, homologation and start of production.',
    tags: ['vehicle'],
    operatingMode: 'project',
    targetOperatingMode: 'hybrid',
    department: 'vehicle-integration-and-test',
    obligations: [
      { kind: 'deliver', target: 'product:acme-terra' },
      { kind: 'deliver', target: 'product:acme-vela' },
      { kind: 'integrate', target: 'integration-point:terra-vehicle-build' },
      { kind: 'integrate', target: 'integration-point:vela-vehicle-build' },
      { kind: 'integrate', target: 'integration-point:terra-type-approval' },
    ],
    streams: [
      {
        key: 'terra-vehicle-program',
        name: 'ACME Terra Programme',
        description:
          'Compact SUV, electric and plug-in hybrid: in series production, facelift in development.',
        operatingMode: 'project',
        targetOperatingMode: 'hybrid',
        pattern: 'vehicle-programme',
        stages: [0, 3],
        canvas: {
          purpose: 'Bring the Terra facelift to market on time and keep the series fleet healthy.',
          customers: ['Terra customers', 'Dealers', 'Plant'],
          trigger: 'Model year change or series issue',
          valueHandover: 'Vehicles handed over to customers at the dealer',
          boundaries: 'Vehicle-level integration and release; systems come from the domains',
        },
        delivers: [
          'product:acme-terra',
          'variant:terra-ev',
          'variant:terra-plug-in-hybrid',
          'variant:cluster-terra-hud',
        ],
        deliversTo: ['integration-point:terra-type-approval'],
        subsystems: [
          {
            key: 'terra-vehicle',
            parts: [
              'terra-wiring-harness',
              'terra-vehicle-configuration',
              'terra-ecu-software-bundle',
              'terra-thermal-circuit',
              'terra-head-up-display',
            ],
          },
        ],
        flow: { key: 'terra', mix: [45, 40, 8, 7] },
      },
      {
        key: 'vela-vehicle-program',
        name: 'ACME Vela Programme',
        description: 'Electric sedan on the new premium platform, in prototype phase.',
        operatingMode: 'project',
        targetOperatingMode: 'hybrid',
        pattern: 'vehicle-programme',
        stages: [0, 3],
        canvas: {
          purpose: 'Launch the Vela electric sedan with L2+ assisted driving.',
          customers: ['Vela customers', 'Dealers', 'Plant'],
          trigger: 'Programme gate',
          valueHandover: 'Vehicles handed over to customers at the dealer',
          boundaries: 'Vehicle-level integration and release; systems come from the domains',
        },
        delivers: ['product:acme-vela', 'variant:vela-long-range', 'variant:vela-performance'],
        deliversTo: [],
        subsystems: [
          {
            key: 'vela-vehicle',
            parts: [
              'vela-wiring-harness',
              'vela-vehicle-configuration',
              'vela-ecu-software-bundle',
              'vela-thermal-circuit',
              'vela-zonal-controller',
            ],
            next: ['vela-zonal-controller'],
          },
          {
            key: 'test-infrastructure',
            parts: [
              'hil-rig-fleet',
              'test-automation-framework',
              'vehicle-test-data-logger',
              'test-track-scheduling',
            ],
          },
        ],
        flow: { key: 'vela', mix: [50, 38, 8, 4] },
      },
    ],
    products: [
      {
        key: 'acme-terra',
        name: 'ACME Terra',
        description: 'Compact SUV.',
        variants: [
          { key: 'terra-ev', name: 'Terra Electric' },
          { key: 'terra-plug-in-hybrid', name: 'Terra Plug-in Hybrid' },
        ],
        generations: [{ key: 'terra-gen1', name: 'Terra Gen 1', status: 'active', endOfLife: '2032-12-31' }],
      },
      {
        key: 'acme-vela',
        name: 'ACME Vela',
        description: 'Electric sedan.',
        variants: [
          { key: 'vela-long-range', name: 'Vela Long Range' },
          { key: 'vela-performance', name: 'Vela Performance' },
        ],
        generations: [{ key: 'vela-gen1', name: 'Vela Gen 1', status: 'planned' }],
      },
    ],
    integrationPoints: [
      {
        key: 'terra-vehicle-build',
        name: 'Terra Vehicle Build',
        description: 'All systems come together in Terra prototype and pre-series vehicles.',
        at: 'terra-vehicle-program-prototype-build',
        level: 'product',
        responsible: ['domain:vehicle-integration', 'team:terra-integration'],
      },
      {
        key: 'vela-vehicle-build',
        name: 'Vela Vehicle Build',
        description: 'All systems come together in Vela prototype vehicles.',
        at: 'vela-vehicle-program-prototype-build',
        level: 'product',
        responsible: ['team:vela-integration'],
      },
      {
        key: 'terra-type-approval',
        name: 'Terra Type Approval',
        description:
          'Evidence for the type approval authority, including cybersecurity and software updates.',
        at: 'terra-vehicle-program-homologation',
        level: 'customer',
        responsible: ['team:homologation'],
      },
    ],
    teams: [
      {
        key: 'terra-integration',
        name: 'Terra Integration',
        type: 'stream-aligned',
        worksOn: ['value-stream:terra-vehicle-program'],
        owns: ['terra-vehicle/*'],
      },
      {
        key: 'vela-integration',
        name: 'Vela Integration',
        type: 'stream-aligned',
        worksOn: ['value-stream:vela-vehicle-program'],
        owns: ['vela-vehicle/*'],
      },
      {
        key: 'vehicle-validation',
        name: 'Vehicle Validation',
        type: 'stream-aligned',
        worksOn: [
          'stage:terra-vehicle-program-vehicle-validation',
          'stage:vela-vehicle-program-vehicle-validation',
        ],
        memberOf: 'north-winter-test-centre',
      },
      {
        key: 'homologation',
        name: 'Homologation',
        type: 'stream-aligned',
        worksOn: ['stage:terra-vehicle-program-homologation', 'stage:vela-vehicle-program-homologation'],
      },
      {
        key: 'prototype-workshop',
        name: 'Prototype Workshop',
        type: 'stream-aligned',
        worksOn: [
          'stage:terra-vehicle-program-prototype-build',
          'stage:vela-vehicle-program-prototype-build',
        ],
      },
      {
        key: 'hil-test-platform',
        name: 'HIL Test Platform',
        type: 'platform',
        worksOn: ['value-stream:vela-vehicle-program'],
        owns: ['test-infrastructure/*'],
      },
      { key: 'functional-safety', name: 'Functional Safety', type: 'enabling', worksOn: [] },
    ],
  },

  // ---- Cloud services ---------------------------------------------------------------------
  {
    key: 'cloud-services',
    name: 'Connected Services',
    description: 'Vehicle backend, companion app services and over-the-air updates.',
    tags: ['software', 'cloud'],
    operatingMode: 'product',
    targetOperatingMode: 'product',
    department: 'connected-services',
    obligations: [
      { kind: 'deliver', target: 'product:connected-vehicle-services' },
      { kind: 'deliver', target: 'product:ota-update-service' },
      { kind: 'integrate', target: 'integration-point:ota-fleet-handover' },
    ],
    streams: [
      {
        key: 'connected-vehicle-backend',
        name: 'Connected Vehicle Backend',
        description: 'Telematics, remote commands, digital key and the companion app backend.',
        operatingMode: 'product',
        targetOperatingMode: 'product',
        pattern: 'cloud-software',
        stages: [0, 3],
        canvas: {
          purpose: 'Let customers reach and control their car from anywhere.',
          customers: ['Vehicle owners', 'Fleet operators'],
          trigger: 'Customer feedback, new service idea, incident',
          valueHandover: 'Service live in production',
          boundaries: 'Cloud backend; in-vehicle telematics unit excluded',
        },
        delivers: ['product:connected-vehicle-services', 'variant:cvs-europe', 'variant:cvs-china'],
        deliversTo: [],
        subsystems: [
          {
            key: 'vehicle-connectivity',
            parts: [
              'telematics-gateway-service',
              'vehicle-shadow-service',
              'remote-command-service',
              'fleet-data-ingest',
              'vehicle-identity-service',
              'data-consent-service',
            ],
          },
          {
            key: 'customer-services',
            parts: [
              'companion-app-backend',
              'charging-station-finder',
              'digital-key-service',
              'smart-charging-scheduler',
              'plug-and-charge-contracts',
            ],
          },
          {
            key: 'developer-platform',
            parts: ['build-pipeline-service', 'artifact-repository', 'test-environment-provisioning'],
          },
          {
            key: 'data-platform',
            parts: ['vehicle-data-lake', 'analytics-pipeline', 'fleet-analytics-dashboard'],
          },
        ],
        flow: { key: 'cvb', mix: [60, 25, 5, 10], escape: 'low' },
      },
      {
        // phenomenon (g): product-mode stream whose update orchestrator depends on project-mode gateway firmware.
        key: 'ota-platform',
        name: 'Over-the-Air Update Platform',
        description: 'Builds, signs and orchestrates software updates for every ECU in the fleet.',
        operatingMode: 'product',
        targetOperatingMode: 'product',
        pattern: 'cloud-software',
        stages: [0, 3],
        canvas: {
          purpose: 'Update any vehicle function safely over the air.',
          customers: ['All software domains', 'Vehicle owners'],
          trigger: 'New ECU type, regulation (UNECE R156), campaign need',
          valueHandover: 'Update capability released to the campaign operations',
          boundaries: 'Update backend and in-vehicle orchestrator; ECU flashing logic stays with ECU owners',
        },
        delivers: ['product:ota-update-service'],
        deliversTo: ['integration-point:ota-fleet-handover'],
        subsystems: [
          {
            key: 'ota',
            parts: [
              'ota-campaign-manager',
              'software-package-builder',
              'delta-update-generator',
              'update-rollout-service',
              'vehicle-update-orchestrator',
              'ota-signing-service',
            ],
          },
        ],
        flow: { key: 'ota', escape: 'low' },
      },
      {
        key: 'ota-campaigns',
        name: 'OTA Campaign Operations',
        description: 'Rolls out software update campaigns to the field fleet.',
        type: 'operational',
        operatingMode: 'product',
        targetOperatingMode: 'product',
        pattern: 'operational',
        stages: [0, 2],
        canvas: {
          purpose: 'Deliver every approved update to every eligible vehicle, safely.',
          customers: ['Vehicle owners', 'Aftersales'],
          trigger: 'Approved software release',
          valueHandover: 'Update installed in the customer vehicle',
          boundaries: 'From approved release to installed update',
        },
        delivers: ['product:ota-update-service'],
        deliversTo: [],
        subsystems: [],
        flow: { key: 'otac', mix: [70, 20, 8, 2], rate: 0.7 },
      },
    ],
    products: [
      {
        key: 'connected-vehicle-services',
        name: 'Connected Vehicle Services',
        variants: [
          { key: 'cvs-europe', name: 'Connected Services Europe' },
          { key: 'cvs-china', name: 'Connected Services China' },
        ],
        generations: [{ key: 'cvs-gen2', name: 'Connected Services Gen 2', status: 'active' }],
      },
      {
        key: 'ota-update-service',
        name: 'Over-the-Air Update Service',
        variants: [],
        generations: [{ key: 'ota-gen1', name: 'OTA Gen 1', status: 'active' }],
      },
    ],
    integrationPoints: [
      {
        key: 'ota-fleet-handover',
        name: 'OTA Fleet Handover',
        description: 'Released update capability goes to campaign operations and reaches the fleet.',
        at: 'ota-campaigns-fleet-rollout',
        level: 'customer',
        responsible: ['domain:cloud-services', 'team:ota-campaign-operations'],
      },
    ],
    teams: [
      {
        key: 'connectivity',
        name: 'Connectivity',
        type: 'stream-aligned',
        worksOn: ['value-stream:connected-vehicle-backend'],
        owns: ['vehicle-connectivity/*'],
      },
      {
        key: 'companion-services',
        name: 'Companion Services',
        type: 'stream-aligned',
        worksOn: ['value-stream:connected-vehicle-backend'],
        owns: ['customer-services/*'],
        ownsExcept: ['smart-charging-scheduler', 'plug-and-charge-contracts'],
        memberOf: 'lisbon-software-hub',
      },
      {
        key: 'energy-services',
        name: 'Energy Services',
        type: 'stream-aligned',
        worksOn: ['value-stream:connected-vehicle-backend'],
        owns: ['smart-charging-scheduler', 'plug-and-charge-contracts'],
      },
      {
        key: 'ci-cd-platform',
        name: 'CI/CD Platform',
        type: 'platform',
        worksOn: ['value-stream:connected-vehicle-backend'],
        owns: ['developer-platform/*'],
      },
      {
        key: 'cloud-data-platform',
        name: 'Cloud Data Platform',
        type: 'platform',
        worksOn: ['value-stream:connected-vehicle-backend'],
        owns: ['data-platform/*'],
      },
      {
        key: 'ota-platform',
        name: 'OTA Platform',
        type: 'stream-aligned',
        worksOn: ['value-stream:ota-platform'],
        owns: ['ota/*'],
      },
      {
        key: 'ota-campaign-operations',
        name: 'OTA Campaign Operations',
        type: 'stream-aligned',
        worksOn: ['value-stream:ota-campaigns'],
      },
      { key: 'devops-enablement', name: 'DevOps Enablement', type: 'enabling', worksOn: [] },
      { key: 'cybersecurity', name: 'Cybersecurity', type: 'enabling', worksOn: [] },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Architecture: dependencies and team interactions beyond what is generated
// ---------------------------------------------------------------------------------------------

/** Cross-subsystem component dependencies: [from, to, weight?]. Weight 1 (loose) .. 5 (tight). */
export const DEPENDENCIES: [string, string, number?][] = [
  // powertrain
  ['inverter-control-software', 'bms-software', 4], // phenomenon (d)
  ['inverter-control-software', 'inverter-gate-driver', 3],
  ['inverter-sic-power-module', 'inverter-cooling-plate'],
  ['edu-system-software', 'inverter-control-software', 5],
  ['edu-system-software', 'e-motor-resolver', 2],
  ['edu-thermal-management', 'battery-thermal-system', 2],
  ['charging-software', 'bms-software', 4],
  ['dc-dc-converter', 'battery-junction-box'],
  ['insulation-monitor', 'bms-software', 3],
  ['bms-software', 'cell-supervision-circuit', 3],
  ['battery-cell-module-gen2', 'battery-housing'],
  ['dct-gearbox-software', 'engine-control-software', 3],
  ['engine-control-software', 'egr-valve-control'],
  // chassis
  ['brake-pressure-controller', 'abs-hydraulic-unit-compact', 3],
  ['brake-pressure-controller', 'abs-hydraulic-unit-premium', 3],
  ['esc-software', 'wheel-speed-processing'],
  ['torque-vectoring-controller', 'edu-system-software', 3],
  ['eps-software', 'yaw-rate-sensor-fusion'],
  ['sbw-software', 'eps-software', 2],
  ['sbw-hand-wheel-actuator', 'steering-torque-sensor'],
  ['suspension-software', 'ride-height-sensor'],
  ['epb-control-software', 'esc-software', 2],
  // adas
  ['trajectory-controller', 'brake-pressure-controller', 5], // phenomenon (d)
  ['trajectory-controller', 'eps-software', 4],
  ['sensor-fusion-core', 'front-camera-perception', 4],
  ['sensor-fusion-core', 'radar-object-detection', 4],
  ['environment-model', 'lane-detection'],
  ['trajectory-planner', 'environment-model', 5],
  ['automated-parking-planner', 'surround-view-stitching'],
  ['automated-parking-planner', 'eps-software', 3],
  ['adas-domain-controller', 'central-gateway-firmware', 3],
  ['adas-domain-controller-gen3', 'can-ethernet-routing'],
  ['perception-training-pipeline', 'vehicle-data-lake', 2],
  ['speed-limit-fusion', 'traffic-sign-recognition', 3],
  ['free-space-detection', 'front-camera-perception'],
  // infotainment
  ['ivi-os-image', 'vehicle-os-kernel', 4],
  ['ivi-update-agent', 'vehicle-update-orchestrator', 4],
  ['cluster-warning-manager', 'bcm-software', 2],
  ['ev-route-planner', 'charging-software', 3], // phenomenon (g), second instance
  ['navigation-app', 'ivi-hal'],
  ['emergency-call-module', 'central-gateway-firmware', 2],
  ['telematics-control-unit', 'telematics-gateway-service', 3],
  // body
  ['bcm-software', 'central-gateway-firmware', 3],
  ['diagnostics-over-ip', 'central-gateway-firmware'],
  ['remote-diagnostics-client', 'telematics-gateway-service', 2],
  ['climate-software', 'heat-pump-controller'],
  ['heat-pump-controller', 'battery-thermal-system', 3],
  ['seat-memory-software', 'keyless-entry-module'],
  ['power-distribution-software', 'bcm-software', 2],
  // vehicle integration
  ['terra-ecu-software-bundle', 'edu-system-software', 3],
  ['terra-ecu-software-bundle', 'bcm-software', 2],
  ['terra-ecu-software-bundle', 'ivi-os-image', 2],
  ['terra-ecu-software-bundle', 'engine-control-software', 2],
  ['vela-ecu-software-bundle', 'edu-system-software', 3],
  ['vela-ecu-software-bundle', 'sensor-fusion-core', 3],
  ['vela-zonal-controller', 'central-gateway-firmware', 4],
  ['terra-head-up-display', 'cluster-renderer'],
  // cloud
  ['vehicle-update-orchestrator', 'central-gateway-firmware', 5], // phenomenon (g)
  ['digital-key-service', 'keyless-entry-module', 4], // phenomenon (g): also new service on a legacy part
  ['remote-command-service', 'telematics-gateway-service'],
  ['update-rollout-service', 'software-package-builder'],
  ['fleet-data-ingest', 'vehicle-data-lake'],
  ['smart-charging-scheduler', 'charging-software', 3],
  ['plug-and-charge-contracts', 'charging-communication-module', 4],
];

/** Team pairs whose components depend on each other but who never interact (phenomenon d). */
export const NEVER_INTERACT: [string, string][] = [
  ['inverter-software', 'bms-software'],
  ['adas-planning-control', 'vehicle-motion-software'],
];

/** Interactions that exist regardless of dependencies: platform use, enabling, close collaboration. */
export const INTERACTIONS: [string, string, InteractionMode][] = [
  // consumers of platforms
  ['connectivity', 'ci-cd-platform', 'x-as-a-service'],
  ['companion-services', 'ci-cd-platform', 'x-as-a-service'],
  ['ota-platform', 'ci-cd-platform', 'x-as-a-service'],
  ['ivi-platform', 'ci-cd-platform', 'x-as-a-service'],
  ['camera-perception', 'simulation-platform', 'x-as-a-service'],
  ['adas-planning-control', 'simulation-platform', 'x-as-a-service'],
  ['sensor-fusion', 'simulation-platform', 'x-as-a-service'],
  ['parking', 'simulation-platform', 'x-as-a-service'],
  ['edu-integration', 'hil-test-platform', 'x-as-a-service'],
  ['chassis-integration', 'hil-test-platform', 'x-as-a-service'],
  ['adas-validation', 'hil-test-platform', 'x-as-a-service'],
  ['vehicle-validation', 'hil-test-platform', 'x-as-a-service'],
  ['ivi-hmi', 'ivi-platform', 'x-as-a-service'],
  ['navigation-and-voice', 'ivi-platform', 'x-as-a-service'],
  ['cluster-software', 'ivi-platform', 'x-as-a-service'],
  ['in-vehicle-apps', 'ivi-platform', 'x-as-a-service'],
  ['ivi-platform', 'vehicle-os', 'x-as-a-service'],
  ['connectivity', 'cloud-data-platform', 'x-as-a-service'],
  // enabling teams
  ['functional-safety', 'edu-integration', 'facilitating'],
  ['functional-safety', 'sensor-fusion', 'facilitating'],
  ['functional-safety', 'steer-by-wire', 'facilitating'],
  ['devops-enablement', 'ivi-integration-test', 'facilitating'],
  ['devops-enablement', 'ota-platform', 'facilitating'],
  ['devops-enablement', 'body-electronics-sustaining', 'facilitating'],
  ['cybersecurity', 'gateway-and-diagnostics', 'facilitating'],
  ['cybersecurity', 'connectivity', 'facilitating'],
  // close collaboration at integration points
  ['sensor-fusion', 'camera-perception', 'collaboration'],
  ['sensor-fusion', 'radar-lidar-perception', 'collaboration'],
  ['edu-integration', 'inverter-hardware', 'collaboration'],
  ['edu-integration', 'e-motor', 'collaboration'],
  ['terra-integration', 'vehicle-validation', 'collaboration'],
  ['vela-integration', 'prototype-workshop', 'collaboration'],
  ['brakes-compact', 'brakes-premium', 'collaboration'],
];

// ---------------------------------------------------------------------------------------------
// Funding
// ---------------------------------------------------------------------------------------------

export interface BudgetDef {
  key: string;
  name: string;
  model: BudgetModel;
  providedBy: string; // org unit key
  funds: string[]; // refs
  /** Amount in million EUR per fiscal year; a budget exists for each year listed. */
  amounts: { 2025?: number; 2026?: number };
}

export const BUDGETS: BudgetDef[] = [
  // powertrain: project money only (phenomenon a)
  {
    key: 'edu-gen2-programme',
    name: 'EDU Gen 2 Programme',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:ev-drive', 'value-stream:ev-drive-inverter', 'value-stream:ev-drive-motor'],
    amounts: { 2025: 9.5, 2026: 18.4 },
  },
  {
    key: 'edu-gen1-launch',
    name: 'EDU Gen 1 Launch Project',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:ev-drive'],
    amounts: { 2025: 14.2 },
  },
  {
    key: 'hv-battery-programme',
    name: 'HV Battery Programme',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:battery-system', 'value-stream:battery-charging'],
    amounts: { 2025: 19.0, 2026: 22.0 },
  },
  {
    key: 'ice-gen3-facelift',
    name: 'Combustion Gen 3 Facelift',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:combustion-powertrain'],
    amounts: { 2025: 6.1, 2026: 4.2 },
  },
  {
    key: 'powertrain-engineering-projects',
    name: 'Powertrain Engineering Projects',
    model: 'project',
    providedBy: 'powertrain-engineering',
    funds: ['domain:powertrain'],
    amounts: { 2025: 5.8, 2026: 6.5 },
  },
  // chassis
  {
    key: 'chassis-control-compact-project',
    name: 'Chassis Control Compact Project',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:chassis-control-compact'],
    amounts: { 2025: 5.2, 2026: 4.9 },
  },
  {
    key: 'chassis-control-premium-project',
    name: 'Chassis Control Premium Project',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:chassis-control-premium'],
    amounts: { 2025: 7.4, 2026: 8.8 },
  },
  {
    key: 'steer-by-wire-development',
    name: 'Steer-by-Wire Development',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: ['value-stream:steering'],
    amounts: { 2026: 6.3 },
  },
  {
    key: 'chassis-engineering-capacity',
    name: 'Chassis Engineering Capacity',
    model: 'capacity',
    providedBy: 'chassis-engineering',
    funds: ['team:power-steering', 'team:vehicle-motion-software', 'team:chassis-integration'],
    amounts: { 2025: 3.9, 2026: 4.1 },
  },
  // adas
  {
    key: 'assisted-driving-product',
    name: 'Assisted Driving Product Budget',
    model: 'product',
    providedBy: 'software-and-digital',
    funds: [
      'value-stream:adas-l2-plus',
      'value-stream:adas-perception',
      'value-stream:adas-planning-control',
    ],
    amounts: { 2025: 21.0, 2026: 26.5 },
  },
  {
    key: 'parking-gen2-project',
    name: 'Parking Gen 2 Project',
    model: 'project',
    providedBy: 'adas-development',
    funds: ['value-stream:parking-assist'],
    amounts: { 2025: 3.3, 2026: 2.7 },
  },
  // infotainment
  {
    key: 'infotainment-product',
    name: 'Infotainment Product Budget',
    model: 'product',
    providedBy: 'software-and-digital',
    funds: ['domain:infotainment'],
    amounts: { 2025: 15.5, 2026: 16.8 },
  },
  // body
  {
    key: 'body-electronics-projects',
    name: 'Body Electronics Projects',
    model: 'project',
    providedBy: 'electrics-electronics',
    funds: ['value-stream:body-electronics'],
    amounts: { 2025: 8.0, 2026: 8.6 },
  },
  {
    key: 'seats-interior-projects',
    name: 'Seats & Interior Projects',
    model: 'project',
    providedBy: 'electrics-electronics',
    funds: ['value-stream:seats-and-interior'],
    amounts: { 2025: 4.4, 2026: 4.0 },
  },
  {
    key: 'body-domain-capacity',
    name: 'Body Domain Capacity',
    model: 'capacity',
    providedBy: 'electrics-electronics',
    funds: ['team:gateway-and-diagnostics', 'team:bcm-software'],
    amounts: { 2026: 2.2 },
  },
  // vehicle programmes
  {
    key: 'terra-programme',
    name: 'Terra Facelift Programme',
    model: 'project',
    providedBy: 'vehicle-programmes',
    funds: ['value-stream:terra-vehicle-program'],
    amounts: { 2025: 31.0, 2026: 27.5 },
  },
  {
    key: 'vela-programme',
    name: 'Vela Programme',
    model: 'project',
    providedBy: 'vehicle-programmes',
    funds: ['value-stream:vela-vehicle-program', 'domain:vehicle-integration'],
    amounts: { 2025: 12.0, 2026: 38.0 },
  },
  // cloud
  {
    key: 'connected-services-product',
    name: 'Connected Services Product Budget',
    model: 'product',
    providedBy: 'software-and-digital',
    funds: ['domain:cloud-services'],
    amounts: { 2025: 11.2, 2026: 13.0 },
  },
  // cross-cutting capacity
  {
    key: 'platform-teams-capacity',
    name: 'Platform Teams Capacity',
    model: 'capacity',
    providedBy: 'software-and-digital',
    funds: [
      'team:ci-cd-platform',
      'team:cloud-data-platform',
      'team:simulation-platform',
      'team:ivi-platform',
      'team:vehicle-os',
      'team:hil-test-platform',
    ],
    amounts: { 2025: 7.5, 2026: 8.2 },
  },
  {
    key: 'enabling-teams-capacity',
    name: 'Enabling Teams Capacity',
    model: 'capacity',
    providedBy: 'value-stream-office',
    funds: ['team:functional-safety', 'team:devops-enablement', 'team:cybersecurity'],
    amounts: { 2026: 2.4 },
  },
  {
    // A budget that funds nothing: reserved for a diesel programme that was cancelled.
    key: 'diesel-emissions-reserve',
    name: 'Diesel Emissions Reserve',
    model: 'project',
    providedBy: 'vehicle-engineering',
    funds: [],
    amounts: { 2026: 3.0 },
  },
];

// ---------------------------------------------------------------------------------------------
// Transformation: initiative, steps, objectives, KPIs
// ---------------------------------------------------------------------------------------------

export const INITIATIVE = {
  key: 'flow-2027',
  name: 'Flow 2027 – Organising Around Value',
  description: 'Move the development domains from project funding to product-oriented value streams by 2027.',
  owner: 'org-unit:value-stream-office',
};

export interface StepDef {
  key: string;
  name: string;
  description?: string;
  status: StepStatus;
  effortWeeks: number;
  plannedStart: string;
  changes: string[];
  requires: string[]; // step keys, only earlier steps (keeps the plan acyclic)
  sets?: { target: string; field: string; value: string }[];
}

export const STEPS: StepDef[] = [
  {
    key: 'mandate-vsi-core-team',
    name: 'Mandate the value stream core team',
    status: 'done',
    effortWeeks: 4,
    plannedStart: '2025-11-03',
    changes: ['org-unit:value-stream-office'],
    requires: [],
  },
  {
    key: 'map-value-stream-landscape',
    name: 'Map the value stream landscape',
    description: 'Identify domains, streams, stages and integration points; collect first flow data.',
    status: 'done',
    effortWeeks: 10,
    plannedStart: '2025-12-01',
    changes: ['enterprise:acme-motors'],
    requires: ['mandate-vsi-core-team'],
  },
  {
    key: 'assign-sensor-fusion-owner',
    name: 'Make Sensor Fusion responsible for its integration point',
    status: 'in-progress',
    effortWeeks: 3,
    plannedStart: '2026-06-01',
    changes: ['integration-point:sensor-fusion-integration', 'team:sensor-fusion'],
    requires: ['map-value-stream-landscape'],
  },
  {
    key: 'sensor-fusion-integration-cadence',
    name: 'Weekly integration cadence for sensor fusion',
    description:
      'Replace the monthly big-bang integration that builds the queue in front of system integration.',
    status: 'planned',
    effortWeeks: 10,
    plannedStart: '2026-09-07',
    changes: ['stage:adas-l2-plus-system-integration'],
    requires: ['assign-sensor-fusion-owner'],
  },
  {
    key: 'powertrain-product-funding',
    name: 'Fund powertrain as a product',
    description: 'Replace programme budgets by a product budget that also covers maintaining EDU Gen 1.',
    status: 'planned',
    effortWeeks: 12,
    plannedStart: '2026-11-02',
    changes: ['domain:powertrain', 'budget:fy2026-edu-gen2-programme'],
    requires: ['map-value-stream-landscape'],
    sets: [
      { target: 'domain:powertrain', field: 'operatingMode', value: 'product' },
      { target: 'value-stream:ev-drive', field: 'operatingMode', value: 'product' },
    ],
  },
  {
    key: 'shift-left-edu-validation',
    name: 'Shift EDU validation left to the subsystem HIL',
    status: 'planned',
    effortWeeks: 14,
    plannedStart: '2027-01-11',
    changes: ['stage:ev-drive-inverter-subsystem-integration', 'stage:ev-drive-system-integration'],
    requires: ['powertrain-product-funding'],
  },
  {
    key: 'consolidate-chassis-control',
    name: 'Consolidate compact and premium chassis control',
    description: 'One chassis control stream with two variants instead of two parallel streams.',
    status: 'planned',
    effortWeeks: 16,
    plannedStart: '2026-10-05',
    changes: [
      'value-stream:chassis-control-compact',
      'value-stream:chassis-control-premium',
      'team:brakes-compact',
      'team:brakes-premium',
    ],
    requires: ['map-value-stream-landscape'],
    sets: [{ target: 'value-stream:chassis-control-premium', field: 'operatingMode', value: 'product' }],
  },
  {
    key: 'adas-chassis-interface-collaboration',
    name: 'Collaboration between ADAS planning and vehicle motion',
    status: 'proposed',
    effortWeeks: 2,
    plannedStart: '2026-11-16',
    changes: ['team:adas-planning-control', 'team:vehicle-motion-software'],
    requires: ['map-value-stream-landscape'],
  },
  {
    key: 'body-electronics-product-mode',
    name: 'Move body electronics to product mode',
    status: 'planned',
    effortWeeks: 12,
    plannedStart: '2027-01-04',
    changes: ['domain:body', 'value-stream:body-electronics'],
    requires: ['map-value-stream-landscape'],
    sets: [
      { target: 'domain:body', field: 'operatingMode', value: 'hybrid' },
      { target: 'value-stream:body-electronics', field: 'operatingMode', value: 'product' },
    ],
  },
  {
    key: 'decouple-ota-from-gateway-releases',
    name: 'Decouple OTA from gateway release trains',
    description: 'A versioned update interface so OTA need not wait for project-mode gateway releases.',
    status: 'proposed',
    effortWeeks: 8,
    plannedStart: '2027-04-05',
    changes: ['component:vehicle-update-orchestrator', 'component:central-gateway-firmware'],
    requires: ['body-electronics-product-mode'],
  },
  {
    key: 'split-body-sustaining-team',
    name: 'Split the body electronics sustaining team',
    status: 'planned',
    effortWeeks: 6,
    plannedStart: '2027-04-05',
    changes: ['team:body-electronics-sustaining'],
    requires: ['body-electronics-product-mode'],
  },
  {
    key: 'adas-product-mode',
    name: 'Run all of ADAS in product mode',
    status: 'planned',
    effortWeeks: 6,
    plannedStart: '2026-10-05',
    changes: ['domain:adas', 'value-stream:parking-assist'],
    requires: ['assign-sensor-fusion-owner'],
    sets: [
      { target: 'domain:adas', field: 'operatingMode', value: 'product' },
      { target: 'value-stream:parking-assist', field: 'operatingMode', value: 'product' },
    ],
  },
  {
    key: 'retire-ice-gen3',
    name: 'Retire combustion Gen 3',
    status: 'proposed',
    effortWeeks: 20,
    plannedStart: '2027-06-07',
    changes: ['generation:ice-gen3', 'value-stream:combustion-powertrain', 'team:ice-sustaining'],
    requires: ['powertrain-product-funding'],
  },
];

export interface ObjectiveDef {
  key: string;
  name: string;
  parameter: Parameter;
}

export const OBJECTIVES: ObjectiveDef[] = [
  {
    key: 'faster-time-to-market',
    name: 'Cut time to market for vehicle functions',
    parameter: 'time-to-market',
  },
  {
    key: 'higher-productivity',
    name: 'More value from the same engineering capacity',
    parameter: 'productivity',
  },
  { key: 'built-in-quality', name: 'Find defects where they are made', parameter: 'quality' },
  { key: 'engaged-teams', name: 'Teams that own their outcome', parameter: 'engagement' },
];

export interface KpiDef {
  key: string;
  name: string;
  metric: MetricId;
  scope: string;
  window: string;
  target: { value: number; direction: 'up' | 'down' };
}

export const KPIS: KpiDef[] = [
  {
    key: 'edu-lead-time',
    name: 'EDU lead time for changes (days)',
    metric: 'lead-time-for-changes',
    scope: 'value-stream:ev-drive',
    window: 'P90D',
    target: { value: 20, direction: 'down' },
  },
  {
    key: 'edu-defect-escape-rate',
    name: 'EDU defect escape to vehicle',
    metric: 'defect-escape-rate',
    scope: 'value-stream:ev-drive',
    window: 'P90D',
    target: { value: 0.1, direction: 'down' },
  },
  {
    key: 'powertrain-flow-time',
    name: 'Powertrain flow time (days)',
    metric: 'flow-time',
    scope: 'domain:powertrain',
    window: 'P90D',
    target: { value: 30, direction: 'down' },
  },
  {
    key: 'adas-deployment-frequency',
    name: 'ADAS deployments per week',
    metric: 'deployment-frequency',
    scope: 'value-stream:adas-l2-plus',
    window: 'P30D',
    target: { value: 5, direction: 'up' },
  },
  {
    key: 'sensor-fusion-wait-time',
    name: 'Wait before sensor fusion integration (days)',
    metric: 'wait-time',
    scope: 'stage:adas-l2-plus-system-integration',
    window: 'P30D',
    target: { value: 5, direction: 'down' },
  },
  {
    key: 'sensor-fusion-flow-efficiency',
    name: 'Flow efficiency at sensor fusion integration',
    metric: 'flow-efficiency',
    scope: 'stage:adas-l2-plus-system-integration',
    window: 'P30D',
    target: { value: 0.25, direction: 'up' },
  },
  {
    key: 'adas-flow-load',
    name: 'ADAS work in progress',
    metric: 'flow-load',
    scope: 'domain:adas',
    window: 'P30D',
    target: { value: 150, direction: 'down' },
  },
  {
    key: 'cloud-change-failure-rate',
    name: 'Connected services change failure rate',
    metric: 'change-failure-rate',
    scope: 'domain:cloud-services',
    window: 'P90D',
    target: { value: 0.1, direction: 'down' },
  },
  {
    key: 'backend-time-to-restore',
    name: 'Backend time to restore (hours)',
    metric: 'time-to-restore',
    scope: 'value-stream:connected-vehicle-backend',
    window: 'P90D',
    target: { value: 4, direction: 'down' },
  },
  {
    key: 'enterprise-flow-velocity',
    name: 'Items delivered per month',
    metric: 'flow-velocity',
    scope: 'enterprise:acme-motors',
    window: 'P30D',
    target: { value: 2000, direction: 'up' },
  },
  {
    key: 'chassis-flow-distribution',
    name: 'Share of feature work in chassis',
    metric: 'flow-distribution',
    scope: 'domain:chassis',
    window: 'P90D',
    target: { value: 0.5, direction: 'up' },
  },
  {
    key: 'body-defect-resolution-time',
    name: 'Body defect resolution time (days)',
    metric: 'defect-resolution-time',
    scope: 'value-stream:body-electronics',
    window: 'P90D',
    target: { value: 15, direction: 'down' },
  },
  {
    key: 'body-defect-inflow',
    name: 'Body defect inflow per week',
    metric: 'defect-inflow',
    scope: 'value-stream:body-electronics',
    window: 'P30D',
    target: { value: 20, direction: 'down' },
  },
  {
    key: 'body-defect-outflow',
    name: 'Body defect outflow per week',
    metric: 'defect-outflow',
    scope: 'value-stream:body-electronics',
    window: 'P30D',
    target: { value: 25, direction: 'up' },
  },
  {
    key: 'ivi-duplicate-ratio',
    name: 'IVI duplicate defect ratio',
    metric: 'duplicate-ratio',
    scope: 'value-stream:infotainment-platform',
    window: 'P90D',
    target: { value: 0.05, direction: 'down' },
  },
  {
    key: 'ivi-non-defect-ratio',
    name: 'IVI non-defect ratio',
    metric: 'non-defect-ratio',
    scope: 'value-stream:infotainment-platform',
    window: 'P90D',
    target: { value: 0.08, direction: 'down' },
  },
  {
    key: 'vehicle-feedback-cycle-time',
    name: 'Feedback from Terra validation (days)',
    metric: 'feedback-cycle-time',
    scope: 'stage:terra-vehicle-program-vehicle-validation',
    window: 'P90D',
    target: { value: 14, direction: 'down' },
  },
  {
    key: 'team-engagement',
    name: 'Team engagement (survey, 1-5)',
    metric: 'engagement',
    scope: 'enterprise:acme-motors',
    window: 'P90D',
    target: { value: 4, direction: 'up' },
  },
];

export const KEY_RESULTS: {
  key: string;
  name: string;
  objective: string;
  kpi: string;
  target: { value: number; by: string };
}[] = [
  {
    key: 'edu-lead-time-20-days',
    name: 'EDU lead time for changes at 20 days',
    objective: 'faster-time-to-market',
    kpi: 'edu-lead-time',
    target: { value: 20, by: '2027-06-30' },
  },
  {
    key: 'adas-weekly-deployments',
    name: 'ADAS deploys at least five times a week',
    objective: 'faster-time-to-market',
    kpi: 'adas-deployment-frequency',
    target: { value: 5, by: '2027-03-31' },
  },
  {
    key: 'sensor-fusion-wait-5-days',
    name: 'Sensor fusion wait below 5 days',
    objective: 'faster-time-to-market',
    kpi: 'sensor-fusion-wait-time',
    target: { value: 5, by: '2027-03-31' },
  },
  {
    key: 'velocity-2000',
    name: '2000 items delivered per month',
    objective: 'higher-productivity',
    kpi: 'enterprise-flow-velocity',
    target: { value: 2000, by: '2027-12-31' },
  },
  {
    key: 'chassis-feature-share',
    name: 'Half of chassis work is new features',
    objective: 'higher-productivity',
    kpi: 'chassis-flow-distribution',
    target: { value: 0.5, by: '2027-12-31' },
  },
  {
    key: 'edu-escape-below-10',
    name: 'Less than 10 % of EDU defects found in the vehicle',
    objective: 'built-in-quality',
    kpi: 'edu-defect-escape-rate',
    target: { value: 0.1, by: '2027-12-31' },
  },
  {
    key: 'ivi-duplicates-below-5',
    name: 'IVI duplicates below 5 %',
    objective: 'built-in-quality',
    kpi: 'ivi-duplicate-ratio',
    target: { value: 0.05, by: '2027-06-30' },
  },
  {
    key: 'cloud-cfr-below-10',
    name: 'Connected services change failure rate below 10 %',
    objective: 'built-in-quality',
    kpi: 'cloud-change-failure-rate',
    target: { value: 0.1, by: '2027-03-31' },
  },
  {
    key: 'engagement-4',
    name: 'Engagement at 4.0 or better',
    objective: 'engaged-teams',
    kpi: 'team-engagement',
    target: { value: 4, by: '2027-12-31' },
  },
];

// ---------------------------------------------------------------------------------------------
// Manual findings and decisions (the rule-based ones are computed by the views)
// ---------------------------------------------------------------------------------------------

export const FINDINGS: {
  key: string;
  name: string;
  description: string;
  kind: 'strength' | 'weakness' | 'opportunity' | 'issue';
  severity: 'low' | 'medium' | 'high';
  status: 'open' | 'accepted' | 'resolved';
  about: string[];
}[] = [
  {
    key: 'powertrain-funding-contradicts-obligation',
    name: 'Powertrain funded by projects but must maintain EDU Gen 1 until 2033',
    description:
      'Every powertrain budget ends with its project; nobody pays for seven years of EDU Gen 1 maintenance.',
    kind: 'issue',
    severity: 'high',
    status: 'open',
    about: ['domain:powertrain', 'generation:edu-gen1'],
  },
  {
    key: 'sensor-fusion-integration-unowned',
    name: 'Nobody owns the sensor fusion integration point',
    description: 'Perception and planning deliver into an integration point without a responsible team.',
    kind: 'issue',
    severity: 'high',
    status: 'accepted',
    about: ['integration-point:sensor-fusion-integration'],
  },
  {
    key: 'sensor-fusion-queue',
    name: 'Work waits three weeks before sensor fusion integration',
    description: 'Monthly integration slots on the ADAS HIL create a queue in front of system integration.',
    kind: 'weakness',
    severity: 'high',
    status: 'open',
    about: ['stage:adas-l2-plus-system-integration'],
  },
  {
    key: 'edu-defects-found-in-vehicle',
    name: 'EDU defects are found in the vehicle, not on the bench',
    description: 'Inverter and e-motor defects escape subsystem tests and surface in vehicle integration.',
    kind: 'weakness',
    severity: 'high',
    status: 'open',
    about: ['value-stream:ev-drive', 'stage:ev-drive-vehicle-integration'],
  },
  {
    key: 'parallel-chassis-control-streams',
    name: 'Two chassis control streams build the same core',
    description:
      'Compact and premium chassis control deliver variants of one product and both build the vehicle motion core.',
    kind: 'opportunity',
    severity: 'medium',
    status: 'accepted',
    about: ['value-stream:chassis-control-compact', 'value-stream:chassis-control-premium'],
  },
  {
    key: 'backend-deploys-daily',
    name: 'Connected vehicle backend deploys daily with low failure rate',
    description: 'A model for the other software streams.',
    kind: 'strength',
    severity: 'low',
    status: 'resolved',
    about: ['value-stream:connected-vehicle-backend'],
  },
];

export const DECISIONS: {
  key: string;
  name: string;
  date: string;
  outcome: string;
  rationale: string;
  about: string[];
}[] = [
  {
    key: 'keep-ice-gen3-until-2027',
    name: 'Keep combustion Gen 3 until end of 2027',
    date: '2026-02-10',
    outcome: 'Combustion Gen 3 is sustained with a fixed team until 31 Dec 2027, then retired.',
    rationale: 'Plug-in hybrid demand in two markets; no new features, regulatory changes only.',
    about: ['generation:ice-gen3', 'value-stream:combustion-powertrain'],
  },
  {
    key: 'consolidate-chassis-control',
    name: 'Consolidate chassis control streams',
    date: '2026-04-14',
    outcome: 'Compact and premium chassis control become one stream with two variants by Q2 2027.',
    rationale: 'Both build the vehicle motion core; two integration lines double the HIL effort.',
    about: [
      'value-stream:chassis-control-compact',
      'value-stream:chassis-control-premium',
      'product:vehicle-dynamics-control',
    ],
  },
  {
    key: 'name-sensor-fusion-owner',
    name: 'Sensor Fusion owns its integration point',
    date: '2026-06-02',
    outcome: 'The Sensor Fusion team becomes responsible for the sensor fusion integration point.',
    rationale: 'The queue in front of system integration grows while nobody owns the integration.',
    about: ['integration-point:sensor-fusion-integration', 'team:sensor-fusion'],
  },
];

// ---------------------------------------------------------------------------------------------
// Naming helpers
// ---------------------------------------------------------------------------------------------

/** Words that are acronyms or have a fixed spelling in automotive usage. */
const WORDS: Record<string, string> = {
  abs: 'ABS',
  adas: 'ADAS',
  autosar: 'AUTOSAR',
  bcm: 'BCM',
  bms: 'BMS',
  can: 'CAN',
  dc: 'DC',
  dct: 'DCT',
  ecu: 'ECU',
  edu: 'EDU',
  egr: 'EGR',
  eps: 'EPS',
  esc: 'ESC',
  ev: 'EV',
  hal: 'HAL',
  hil: 'HIL',
  hmi: 'HMI',
  hv: 'HV',
  hvac: 'HVAC',
  ip: 'IP',
  ivi: 'IVI',
  os: 'OS',
  ota: 'OTA',
  sbw: 'SbW',
  sic: 'SiC',
  uds: 'UDS',
  ml: 'ML',
  gen2: 'Gen 2',
  gen3: 'Gen 3',
  'e-motor': 'E-Motor',
  onboard: 'On-Board',
  and: '&',
};

/** `inverter-gate-driver` -> `Inverter Gate Driver`; `e-motor-stator` -> `E-Motor Stator`. */
export function nameFromKey(key: string): string {
  const normalised = key.replace(/^e-motor/, 'e_motor');
  return normalised
    .split('-')
    .map((w) => {
      const word = w.replace('e_motor', 'e-motor');
      return WORDS[word] ?? word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}
