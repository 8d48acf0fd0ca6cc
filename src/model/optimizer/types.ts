/**
 * Plain types of the portfolio optimiser (docs/MODEL.md §16). Inputs and results are plain data (no
 * classes, Maps or functions), so they cross a worker-thread boundary by structured clone.
 */
import type { CreditUnitName } from '../dose';
import type { BandSummary } from '../quantiles';
import type {
  AssumptionSpec,
  Conversion,
  OutcomeMetric,
  ParameterValues,
  ProgramModelInput,
  Requirement,
} from '../types';

export type OptimizationRisk = 'EXPECTED' | 'CVAR_10';
export type OptimizationStatus = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE';

/** Outcomes a plan may maximise (summed over the horizon): no rate, not the cost itself. */
export const OPTIMIZABLE_METRICS = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'NET_REVENUE',
  'CONTRIBUTION_MARGIN',
] as const;
export type OptimizableMetric = (typeof OPTIMIZABLE_METRICS)[number] & OutcomeMetric;

/** Share of the worst draws whose mean CVAR_10 maximises. */
export const CVAR_ALPHA = 0.1;

/**
 * A program in scope: its model input (baseline and today's embeddings in `current`; `scenario`, if
 * present, is ignored) and what the credit rules need.
 */
export interface OptimizerProgram extends Omit<ProgramModelInput, 'scenario'> {
  scenario?: ProgramModelInput['scenario'];
  /** The unit its credits are counted in: an addition's hours are its credits × hours per credit (dose.ts). */
  creditUnit: CreditUnitName;
  /** Credits already applied by embeddings that count toward the cap (ACTIVE and PLANNED). */
  embeddedCredits: number;
  /** The institution's cap: embedded credits ≤ maxEmbeddedCreditShare × totalCredits. */
  maxEmbeddedCreditShare: number;
  /** Credentials already embedded in the program (never added again). */
  liveCredentialIds: readonly string[];
  /**
   * Credits of PLANNED embeddings, by credential id, that embeddedCredits already counts: adding that
   * credential does not count them twice against the cap.
   */
  plannedCredits?: Readonly<Record<string, number>>;
}

/** A credential that may be added. */
export interface CandidateCredential {
  id: string;
  creditBearing: boolean;
  /** The whole credit value converted to the programs' unit (the caller converts); 0 for non-credit. */
  credits: number;
  /** Per-program override of `credits` when programs use different units. */
  creditsByProgram?: Readonly<Record<string, number>>;
  /** Its stated learning hours (null: unknown), the size of a non-credit one as an offer. */
  learningHours?: number | null;
  /**
   * Its relevance ρ to each program by program id, in [0, 1] (docs/MODEL.md §4.6); a program missing here is one
   * where it is unknown, read as 1 and never left out by minRelevance.
   */
  relevanceByProgram?: Readonly<Record<string, number>>;
  costPerLearner: number;
  setupCost: number;
  /** As embedCredential's default: false. */
  displacesTuition?: boolean;
}

export interface PlanChoice {
  programId: string;
  credentialId: string;
}

export interface OptimizeInput {
  programs: readonly OptimizerProgram[];
  candidates: readonly CandidateCredential[];
  objective: OutcomeMetric;
  horizonYears: number;
  /** Most the plan may spend on credentials over the horizon (expected set-up plus per-learner cost). */
  budget: number;
  /** Default EXPECTED. */
  risk?: OptimizationRisk;
  /** Default ['ELECTIVE']. */
  requirements?: readonly Requirement[];
  /** 1 to 3, default 1. */
  maxAdditionsPerProgram?: number;
  lock?: readonly PlanChoice[];
  exclude?: readonly PlanChoice[];
  /** Leave out any addition whose known relevance to its program is below this, in [0, 1]; default 0 (none). */
  minRelevance?: number;
  /** Leave out any addition whose relevance to its program is unknown (default false: unknown counts as 1). */
  requireKnownRelevance?: boolean;
  assumptions: readonly AssumptionSpec[];
  /**
   * A calibrated set's joint posterior sample: draws are whole vectors of it (as a scenario on the set draws
   * them, so a saved plan projects what was measured); the specs then give the point values only.
   */
  sample?: readonly ParameterValues[];
  conversion: Conversion;
  /** Optimisation draws (1 to 100,000). */
  draws: number;
  /** Fresh draws the chosen plan is measured on (default: draws). */
  evaluationDraws?: number;
  seed: number;
  /** Seed of the evaluation stream; default evaluationSeedFor(seed), never equal to seed. */
  evaluationSeed?: number;
}

/** Limits of the search; defaults in DEFAULT_LIMITS. */
export interface OptimizeLimits {
  /** Most options × optimisation draws evaluated through the model. */
  maxWork: number;
  /** Most draw × option coefficients in the CVaR MIP (after dominance pruning). */
  maxCvarNonzeros: number;
  /** Wall-clock limit of the MIP solve, in seconds. */
  timeLimitSeconds: number;
  /** Budgets on the frontier (≥ 8). */
  frontierPoints: number;
}

/** One credential the plan adds to one program. */
export interface PlannedAddition {
  credentialId: string;
  requirement: Requirement;
  /** The credential's whole converted value (0 for non-credit): save it as the embedding's creditsApplied. */
  creditsApplied: number;
  displacesTuition: boolean;
}

/** A program's option (no change = no additions), with its figures. */
export interface OptionFigures {
  additions: PlannedAddition[];
  /** Mean gain of the objective over no change, summed over the horizon. */
  expectedGain: number;
  /** Mean extra credential cost over the horizon (set-up plus per-learner). */
  cost: number;
}

export interface RunnerUp extends OptionFigures {
  /** How much less the plan's criterion would be with this option instead (on the optimisation draws). */
  criterionShortfall: number;
  /** false: no other option fits the budget; this is the best one that does not (it may gain more). */
  withinBudget: boolean;
  /** chosen expectedGain − runner-up expectedGain, on the evaluation draws. */
  expectedGainShortfall: number;
}

export interface ProgramDecision {
  programId: string;
  /** The chosen option, measured on the evaluation draws. */
  chosen: OptionFigures;
  /** The chosen option on the optimisation draws (cost there is what the budget bounds). */
  optimisation: { expectedGain: number; cost: number };
  /** Best other option that keeps the plan within budget (else the best one); null when there is none. */
  runnerUp: RunnerUp | null;
}

/** One row per addition, for the API's PlanAddition (program-level gain and cost repeated). */
export interface PlanAdditionRow extends PlannedAddition {
  programId: string;
  /** Expected cost of the program's additions (evaluation draws). */
  cost: number;
  /** Expected objective gained by the program's additions (evaluation draws). */
  objectiveGain: number;
}

export interface FrontierPoint {
  budget: number;
  /** Best expected gain (optimisation draws) of a plan costing at most `budget`. */
  expectedGain: number;
  /** That plan's expected cost. */
  cost: number;
}

/**
 * How clearly the plan beats its closest alternative (docs/MODEL.md §16, "Reading a plan"): the alternative is the
 * plan with one program's option swapped for that program's runner-up within budget, the swap that loses least
 * expected gain on the evaluation draws. TIE when that alternative's expected value still lies inside the plan's own
 * P10–P90 (the difference is smaller than the uncertainty of either); CLEAR when it lies below the plan's P10;
 * NO_ALTERNATIVE when no other option fits the budget and the rules.
 */
export interface PlanDecision {
  verdict: 'CLEAR' | 'TIE' | 'NO_ALTERNATIVE';
  /** The program whose option the closest alternative changes; null with NO_ALTERNATIVE. */
  programId: string | null;
  /** That program's option in the closest alternative (no additions: no change there). */
  alternative: OptionFigures | null;
  /** Expected value of the plan minus the closest alternative's, on the evaluation draws; null with NO_ALTERNATIVE. */
  shortfall: number | null;
}

export interface PortfolioPlan {
  status: OptimizationStatus;
  /** How clearly the plan beats its closest alternative. */
  decision: PlanDecision;
  objective: OptimizableMetric;
  risk: OptimizationRisk;
  budget: number;
  horizonYears: number;
  additions: PlanAdditionRow[];
  /** Every program in scope, input order. */
  programs: ProgramDecision[];
  /** Expected cost on the optimisation draws: the figure the budget bounds. */
  cost: number;
  /** The objective with no change, at the modes (as a projection's baseline). */
  baselineValue: number;
  /** The objective under the plan, on the evaluation draws. */
  value: BandSummary;
  /** Plan minus no change, draw by draw, on the evaluation draws. */
  gain: BandSummary;
  /** The criterion maximised (mean, or mean of the worst 10%) of the gain, on both sets of draws. */
  criterion: { optimisation: number; evaluation: number };
  evaluation: { seed: number; draws: number; cost: number };
  optimisation: { seed: number; draws: number; expectedGain: number };
  frontier: FrontierPoint[];
  /** Options evaluated × optimisation draws (+ evaluation work): the search's size. */
  candidatesEvaluated: number;
  optionsEvaluated: number;
  /** Relative MIP gap: 0 when proven optimal, null when not applicable (INFEASIBLE). */
  gap: number | null;
  /** When INFEASIBLE: the least expected cost of a plan that meets the locks. */
  minimumCost: number | null;
}
