/**
 * Shapes of the seed data (evidence, default assumptions, demo university).
 *
 * Pure data types: no imports from src/, no I/O. The seeding code in src/ maps these onto
 * entities; the shapes follow docs/ARCHITECTURE.md "Domain rules" and the enums of shared/contract.graphql.
 */

/** Who answered the survey question a statistic comes from. */
export type Population =
  | 'STUDENTS'
  | 'EMPLOYERS'
  | 'ENTRY_LEVEL_EMPLOYEES'
  | 'HIGHER_ED_LEADERS'
  | 'CREDENTIAL_HOLDERS'
  /** People in the studies a meta-analysis pools (the intention–behaviour literature). */
  | 'RESEARCH_PARTICIPANTS'
  /** First-time college entrants and college-intending students (the enrollment benchmarks). */
  | 'COLLEGE_ENTRANTS';

export interface EvidenceStatisticSeed {
  /** Stable snake_case key, unique across all sources (assumptions link to it). */
  key: string;
  description: string;
  population: Population;
  /** SHARE: a fraction of the population (0..1). RATIO: a likelihood ratio (e.g. 2.4×). */
  kind: 'SHARE' | 'RATIO';
  /** Shares as fractions 0..1, e.g. 0.85; ratios as multipliers, e.g. 2.4. */
  value: number;
  comparisonValue?: number;
  comparisonYear?: number;
  /** Qualifiers ("nearly", "more than") and where sources disagree. */
  note?: string;
  /** The sentence of the article (or write-up) the figure comes from, verbatim. */
  quote: string;
}

export interface EvidenceSourceSeed {
  key: string;
  title: string;
  publisher: string;
  year: number;
  url?: string;
  methodology: string;
  notes?: string;
  statistics: EvidenceStatisticSeed[];
}

/** The model's parameters (src/model/types.ts PARAMETERS). */
export type Parameter =
  | 'ENROLLMENT_EFFECT'
  | 'ENGAGEMENT_EFFECT'
  | 'RETENTION_EFFECT'
  | 'NON_CREDIT_EFFECT_SHARE'
  | 'ELECTIVE_TAKE_UP'
  | 'AWARENESS_RAMP_YEARS'
  | 'OFFER_HOURS_SCALE'
  | 'DIVERSION_SHARE'
  | 'RELEVANCE_FLOOR';

/** Model v1's behavioural parameters: kept to derive the "as stated" readings (src/model/v1.ts). */
export type V1Parameter = 'ENGAGEMENT_RATIO' | 'ENROLLMENT_RATIO' | 'INTENT_REALISATION' | 'RETENTION_PASS_THROUGH';

export interface AssumptionSeed {
  parameter: Parameter;
  low: number;
  mode: number;
  high: number;
  distribution: 'FIXED' | 'UNIFORM' | 'TRIANGULAR' | 'PERT' | 'NORMAL';
  /** Probability of exactly 0 (no effect), beside the distribution; 0 when absent. */
  zeroMass?: number;
  /** Statistic keys the assumption rests on; [] when there is none. */
  evidenceKeys: string[];
  /** Plain language; says so plainly when there is no direct evidence. */
  rationale: string;
}

/** An assumption of a model v1 reading (any parameter v1 had). */
export interface V1AssumptionSeed extends Omit<AssumptionSeed, 'parameter' | 'zeroMass'> {
  parameter: Parameter | V1Parameter;
}

export interface AssumptionSetSeed {
  name: string;
  conversion: 'ODDS' | 'RISK_CAPPED';
  description: string;
  assumptions: AssumptionSeed[];
}

export type CreditUnit = 'US_CREDIT_HOUR' | 'ECTS' | 'UK_CATS';

export interface CredentialSeed {
  key: string;
  title: string;
  issuer: string;
  description: string;
  url?: string;
  skills: string[];
  category: string;
  /** Open Badges 3.0 achievement type vocabulary, e.g. MicroCredential, Certificate, Badge. */
  achievementType: string;
  /** Always together with creditUnit. */
  creditValue?: number;
  creditUnit?: CreditUnit;
  /** Notional workload in hours (never a credit value). */
  learningHours?: number;
  eqfLevel?: number;
  creditRecognition: 'NONE' | 'INSTITUTION' | 'ACE_RECOMMENDED' | 'ECTS_ACCREDITED';
  costPerLearner: number;
  setupCost: number;
  externalId?: string;
  /** SOC 2018 codes the issuer's published career paths map to (seeded as the issuer's alignment); none: unknown. */
  occupations?: string[];
}

export interface ProgramSeed {
  code: string;
  title: string;
  level: 'CERTIFICATE' | 'ASSOCIATE' | 'BACHELOR' | 'MASTER' | 'DOCTORATE';
  modality: 'ON_CAMPUS' | 'ONLINE' | 'HYBRID';
  /** NN.NNNN (CIP 2020). */
  cipCode?: string;
  totalCredits: number;
  durationYears: number;
  tuitionPerCredit: number;
  status: 'PLANNED' | 'ACTIVE' | 'ARCHIVED';
  annualProspects: number;
  annualNewEnrollments: number;
  engagementRate: number;
  retentionRate: number;
  prospectGrowthRate: number;
  /** Most new entrants a year (clinical placements, labs, supervisors); null: no limit. At least annualNewEnrollments. */
  capacity: number | null;
  /** Institutional aid as a share of gross tuition, in [0, 1): the institution's own aid data. */
  discountRate: number;
  /** Direct instructional cost per student credit hour, in the institution's currency (Delaware Cost Study style). */
  instructionalCostPerCredit: number;
}

export interface EmbeddingSeed {
  programCode: string;
  credentialKey: string;
  /** In the program's (institution's) credit unit, after conversion; 0 for non-credit. */
  creditsApplied: number;
  requirement: 'CORE' | 'ELECTIVE' | 'ADD_ON';
  takeUpRate?: number;
  displacesTuition: boolean;
  startYear?: number;
  status: 'PLANNED' | 'ACTIVE' | 'RETIRED';
}

export interface MetricSeed {
  programCode: string;
  academicYear: number;
  metric: 'PROSPECTS' | 'NEW_ENROLLMENTS' | 'ENGAGEMENT_RATE' | 'RETENTION_RATE' | 'COMPLETIONS';
  value: number;
  numerator?: number;
  denominator?: number;
}

export interface InstitutionSeed {
  name: string;
  slug: string;
  country: string;
  creditUnit: CreditUnit;
  ectsPerCreditHour: number;
  maxEmbeddedCreditShare: number;
  currency: string;
}

export interface DemoSeed {
  institution: InstitutionSeed;
  programs: ProgramSeed[];
  /** Shared catalog (institution null). */
  credentials: CredentialSeed[];
  embeddings: EmbeddingSeed[];
  metrics: MetricSeed[];
}
