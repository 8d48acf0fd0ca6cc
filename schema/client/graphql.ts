/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The program to archive. */
export type ArchiveProgramInput = {
  /** The program. */
  id: string | number;
};

/** New values for one parameter. low ≤ mode ≤ high. */
export type AssumptionOverrideInput = {
  /** Distribution; default keeps the current one. */
  distribution?: Distribution | null | undefined;
  /** Optimistic value. */
  high: number;
  /** Pessimistic value. */
  low: number;
  /** Most likely value. */
  mode: number;
  /** The parameter. */
  parameter: ModelParameter;
  /** Why, e.g. "our 2023 pilot showed…"; up to 2,000 characters. */
  rationale?: string | null | undefined;
  /** Probability (0 to 1) that the parameter is exactly zero, beside the distribution; only for parameters that may be zero (the effects and the shares). Default keeps the current one. */
  zeroMass?: number | null | undefined;
};

/** Where a set of assumptions comes from. */
export type AssumptionSetKind =
  /** Learnt from the institution's own results by a calibration; immutable. */
  | 'CALIBRATED'
  /** An institution's copy of another set, with its own overrides. */
  | 'CUSTOM'
  /** Platform-wide, built from the evidence; isDefault marks the one used when none is named. */
  | 'GLOBAL';

/** Learn the model's parameters from your programs' own results (see Calibration). */
export type CalibrateAssumptionsInput = {
  /** the prior; default: the global default set */
  assumptionSetId?: string | number | null | undefined;
  /** Particles of the posterior sampler, 1,000–100,000; default 4,000. More draws: a larger effective sample, more time. */
  draws?: number | null | undefined;
  /** Name of the calibration, and of the calibrated assumption set it creates (1–200 characters). */
  name: string;
  /** programs to learn from (default: all of the institution's programs); at most 5000 */
  programIds?: Array<string | number> | null | undefined;
  /** Seed of every random number of the calibration (default 1): same data and seed, same posterior. */
  seed?: number | null | undefined;
};

/** An outcome a calibration measures the local effect on. */
export type CalibrationOutcome =
  /** Engaged students / students, from the ENGAGEMENT_RATE numerator and denominator. */
  | 'ENGAGEMENT_RATE'
  /** New enrollments / prospects (PROSPECTS and NEW_ENROLLMENTS actuals). */
  | 'ENROLLMENT_RATE'
  /** Continuing students / students, from the RETENTION_RATE numerator and denominator. */
  | 'RETENTION_RATE';

/** A realised effect as the odds ratio it applies, exp(effect): easier to read than a log odds ratio (1 = no effect). */
export type CalibrationQuantity =
  /** The engagement odds ratio that shows up in behaviour: exp(ENGAGEMENT_EFFECT). Before model v2: 1 + INTENT_REALISATION × (ENGAGEMENT_RATIO − 1). */
  | 'REALISED_ENGAGEMENT_RATIO'
  /** The enrollment odds ratio that shows up in behaviour: exp(ENROLLMENT_EFFECT). Before model v2: 1 + INTENT_REALISATION × (ENROLLMENT_RATIO − 1). */
  | 'REALISED_ENROLLMENT_RATIO'
  /** The retention odds ratio: exp(RETENTION_EFFECT). Before model v2: 1 + RETENTION_PASS_THROUGH × (realised engagement ratio − 1). */
  | 'RETENTION_RATIO';

/** Whether a calibration could learn from the data, and how reliably. */
export type CalibrationStatus =
  /** No treated program has actuals both before and after its start year; nothing was learnt. */
  | 'INSUFFICIENT_DATA'
  /** The posterior was sampled reliably (effective sample size ≥ 400); a calibrated set was created. */
  | 'OK'
  /** The sampler could not reach a reliable posterior (see warnings); no calibrated set was created. */
  | 'UNRELIABLE';

/** What the data cannot support, in words. */
export type CalibrationWarning =
  /** An estimate rests on fewer than 3 comparison programs: the trend the treated programs would have followed without the credential is poorly known. */
  | 'FEW_COMPARISON_PROGRAMS'
  /** An estimate rests on fewer than 3 treated programs: one program's own circumstances can pass for the effect, and the variation between programs cannot be measured. */
  | 'FEW_TREATED_PROGRAMS'
  /** A local estimate multiplies or divides the odds by more than 5 (|log-odds lift| > log 5), far beyond what embedding a credential plausibly does: check for a change of definition, a merger or a data error. */
  | 'IMPLAUSIBLE_LIFT'
  /** A treated program has no recorded year before its start and was left out, or no estimate has what the pretrend test needs: a year two or more before the start, in at least two treated programs. */
  | 'NO_PRE_PERIOD'
  /** Before they started, the treated programs were already moving away from their comparisons: the pre-trend test on the event study's leads (2 or more years before the start, against the year before it; the joint test that all are zero and the test of a steady drift, combined) rejects at the 5% level, shared out over the outcomes tested. The effect may be a trend that was there anyway. */
  | 'PRETREND'
  /** A local estimate is one the prior thought very unlikely: its two-sided prior predictive p-value is below 0.01 (the prior's predicted lifts, each with the estimate's sampling error). Your results disagree with the assumptions, and the posterior is a compromise driven by the data. */
  | 'PRIOR_DATA_CONFLICT'
  /** A program-year behind an estimate has fewer than 30 students or prospects, or fewer than 5 events or non-events: its rate is noisy and the normal approximation of its log-odds is poor. */
  | 'SMALL_COUNTS'
  /** The sampler could not represent the posterior reliably (Pareto k-hat above 0.7, effective sample size below 400, or tempering did not finish). */
  | 'WEIGHT_DEGENERACY';

/** A new API key. */
export type CreateApiKeyInput = {
  /** The institution; required for the platform admin, defaults to the caller's own. */
  institutionId?: string | number | null | undefined;
  /** What the key is for, 1–200 characters. */
  name: string;
  /** VIEWER, PLANNER or INSTITUTION_ADMIN. */
  role: Role;
};

/** A new assumption set for the caller's institution, copied from another and overridden. */
export type CreateAssumptionSetInput = {
  /** Conversion; default: the copied set's. */
  conversion?: UpliftConversion | null | undefined;
  /** Description, up to 2,000 characters. */
  description?: string | null | undefined;
  /** Set to copy; default: the global default set. */
  fromId?: string | number | null | undefined;
  /** Name, 1–200 characters. */
  name: string;
  /** Parameters to change in the copy (each at most once). */
  overrides?: Array<AssumptionOverrideInput> | null | undefined;
};

/** A new micro-credential for the caller's catalog (or, for the platform admin, the shared one). */
export type CreateCredentialInput = {
  /** Open Badges 3.0 achievementType (extension values allowed). */
  achievementType?: string | null | undefined;
  /** Subject area, up to 100 characters. */
  category?: string | null | undefined;
  /** Cost per learner, 0–1,000,000; default 0. */
  costPerLearner?: number | null | undefined;
  /** How it is recognised for credit. */
  creditRecognition: CreditRecognition;
  /** Unit of creditValue; needs creditValue. */
  creditUnit?: CreditUnit | null | undefined;
  /** Credit value; more than 0 and at most 500; needs creditUnit. */
  creditValue?: number | null | undefined;
  /** Description, up to 10,000 characters. */
  description?: string | null | undefined;
  /** EQF level, 1–8. */
  eqfLevel?: number | null | undefined;
  /** Open Badges achievement id or CTDL CTID, up to 500 characters. */
  externalId?: string | null | undefined;
  /** Issuer, 1–200 characters. */
  issuer: string;
  /** Notional learning hours, 0–10,000. */
  learningHours?: number | null | undefined;
  /** One-off setup cost per program, 0–1,000,000,000; default 0. */
  setupCost?: number | null | undefined;
  /** true: the shared catalog (platform admin only) */
  shared?: boolean | null | undefined;
  /** Skills, at most 50, each up to 100 characters. */
  skills?: Array<string> | null | undefined;
  /** Title, 1–300 characters. */
  title: string;
  /** Public http(s) URL. */
  url?: string | null | undefined;
};

/** A new institution (platform admin only). */
export type CreateInstitutionInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "US". */
  country: string;
  /** Unit of the institution's program credits. */
  creditUnit: CreditUnit;
  /** ISO 4217 currency code, e.g. "USD". */
  currency: string;
  /** ECTS per US credit hour for conversions; default 2. */
  ectsPerCreditHour?: number | null | undefined;
  /** Largest share of a program's credits that embedded credentials may supply; default 0.25. */
  maxEmbeddedCreditShare?: number | null | undefined;
  /** Display name, 1–200 characters. */
  name: string;
  /** Unique short name: lower-case letters, digits and hyphens, 2–64 characters. */
  slug: string;
};

/** A new degree program in the caller's institution. */
export type CreateProgramInput = {
  /** The observed baseline. */
  baseline: ProgramBaselineInput;
  /** Most new entrants the program can take in a year, 1–10,000,000, at least baseline.annualNewEnrollments; default null: no limit. */
  capacity?: number | null | undefined;
  /** CIP code, NN.NNNN (e.g. "11.0701"). */
  cipCode?: string | null | undefined;
  /** Code unique within the institution: 1–32 letters, digits, ".", "_" or "-". */
  code: string;
  /** Share of gross tuition returned as institutional aid, at least 0 and below 1 (0.45 = 45%); default 0. */
  discountRate?: number | null | undefined;
  /** Normal time to complete in years; more than 0, at most 10. */
  durationYears: number;
  /** Marginal cost of teaching one credit to one student, in the institution's currency; 0 to 1,000,000, default 0. */
  instructionalCostPerCredit?: number | null | undefined;
  /** Level of award. */
  level: ProgramLevel;
  /** Delivery mode. */
  modality: Modality;
  /** Lifecycle state; default ACTIVE. */
  status?: ProgramStatus | null | undefined;
  /** Title, 1–200 characters. */
  title: string;
  /** Credits to complete, in the institution's unit; more than 0, at most 1,000. */
  totalCredits: number;
  /** Tuition per credit; 0 to 1,000,000. */
  tuitionPerCredit: number;
};

/** A new scenario. */
export type CreateScenarioInput = {
  /** Assumption set; default: the global default set. */
  assumptionSetId?: string | number | null | undefined;
  /** The programs and what changes in each, 1–500, each program once. */
  changes: Array<ScenarioChangeInput>;
  /** Description, up to 2,000 characters. */
  description?: string | null | undefined;
  /** Monte Carlo draws, 1–100000; default 2000. */
  draws?: number | null | undefined;
  /** Years to project, 1–30. */
  horizonYears: number;
  /** Name, 1–200 characters. */
  name: string;
  /** Seed of the draws, 0–2147483647; default 1. */
  seed?: number | null | undefined;
};

/** A credential the what-if embeds in a program (checked against the same rules as embedCredential). */
export type CredentialAdditionInput = {
  /** A credential of the shared catalog or of your own. */
  credentialId: string | number;
  /** Credits granted, in the program's unit (0 for non-credit credentials). */
  creditsApplied: number;
  /** Credits earned replace paid credits; default false. */
  displacesTuition?: boolean | null | undefined;
  /** CORE, ELECTIVE or ADD_ON. */
  requirement: RequirementType;
  /** Expected take-up, 0–1; default: CORE 1, otherwise ELECTIVE_TAKE_UP. */
  takeUpRate?: number | null | undefined;
};

/** Narrows the catalog; all given conditions must hold. */
export type CredentialFilter = {
  /** Any of these categories (exact). */
  category?: Array<string> | null | undefined;
  /** Only credit-bearing (true) or only non-credit (false) credentials. */
  creditBearing?: boolean | null | undefined;
  /** Any of these recognitions. */
  creditRecognition?: Array<CreditRecognition> | null | undefined;
  /** Issuer contains this text (case-insensitive). */
  issuer?: string | null | undefined;
  /** Only the shared catalog (true) or only your own catalog (false). */
  shared?: boolean | null | undefined;
  /** Has this skill (case-insensitive, whole skill). */
  skill?: string | null | undefined;
};

/** Sort order of credentials. */
export type CredentialOrder = {
  /** Direction; default ASC. */
  direction?: OrderDirection | null | undefined;
  /** Sort key. */
  field: CredentialOrderField;
};

/** What credentials can be sorted by; ties are broken by creation order. */
export type CredentialOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Issuer. */
  | 'ISSUER'
  /** Title. */
  | 'TITLE';

/** How a micro-credential is recognised for academic credit. */
export type CreditRecognition =
  /** Credit recommended by the American Council on Education. */
  | 'ACE_RECOMMENDED'
  /** Carries ECTS credit from an accredited European provider. */
  | 'ECTS_ACCREDITED'
  /** Recognised by the institution itself. */
  | 'INSTITUTION'
  /** Not recognised for credit. */
  | 'NONE';

/** A unit of academic credit. Values convert through the institution's ectsPerCreditHour and 1 ECTS = 2 UK CATS. */
export type CreditUnit =
  /** European Credit Transfer and Accumulation System credit. */
  | 'ECTS'
  /** UK Credit Accumulation and Transfer Scheme credit (2 CATS = 1 ECTS). */
  | 'UK_CATS'
  /** US semester credit hour. */
  | 'US_CREDIT_HOUR';

/** The scenario to delete. */
export type DeleteScenarioInput = {
  /** The scenario. */
  id: string | number;
};

/** Probability distribution of an assumption between its low and high values. */
export type Distribution =
  /** A calibration's posterior sample, drawn jointly with the other parameters: low and high are the sample's range, mode its median. Only calibrated sets use it; it cannot be set by hand. */
  | 'EMPIRICAL'
  /** Always the mode. */
  | 'FIXED'
  /** Normal with its mean at the mode and a standard deviation of (high − low)/6 (low and high about three standard deviations out), cut off at low and high. For effects that may be negative as well as positive. */
  | 'NORMAL'
  /** Beta-PERT: smooth, concentrated around the mode. */
  | 'PERT'
  /** Triangular with its peak at the mode. */
  | 'TRIANGULAR'
  /** Equally likely anywhere from low to high. */
  | 'UNIFORM';

/** Embed a credential in a program. */
export type EmbedCredentialInput = {
  /** A credential of the shared catalog or of your own. */
  credentialId: string | number;
  /** Credits granted, in the program's unit: 0 for non-credit credentials, at most the credential's value converted. */
  creditsApplied: number;
  /** Credits earned replace paid credits; default false. */
  displacesTuition?: boolean | null | undefined;
  /** A program of your institution. */
  programId: string | number;
  /** CORE, ELECTIVE or ADD_ON. */
  requirement: RequirementType;
  /** Academic year it starts, 1900–2200. */
  startYear?: number | null | undefined;
  /** Default ACTIVE. */
  status?: EmbeddingStatus | null | undefined;
  /** Expected take-up, strictly between 0 and 1 (CORE may use 1 by leaving it null). */
  takeUpRate?: number | null | undefined;
};

/** Lifecycle state of an embedding. */
export type EmbeddingStatus =
  /** Offered now; already reflected in the observed baseline. */
  | 'ACTIVE'
  /** Decided but not yet offered; counts toward the credit cap. */
  | 'PLANNED'
  /** No longer offered. */
  | 'RETIRED';

/** The format of an imported document. */
export type ImportFormat =
  /** Comma-separated values, UTF-8 with or without BOM, with a header row (programs and metrics). */
  | 'CSV'
  /** Credential Engine CTDL JSON-LD: one credential resource, a list, or an object with "@graph" (credentials). */
  | 'CTDL'
  /** Open Badges 3.0 JSON: an OpenBadgeCredential or AchievementCredential, a bare Achievement, or a list of them (credentials). */
  | 'OPEN_BADGES_3';

/** A document to import. Requests are limited to 1 MB; import larger files with the CLI (`uplift import`). */
export type ImportInput = {
  /** unit of credit values that the document does not state (Open Badges 3.0 has none) */
  creditUnit?: CreditUnit | null | undefined;
  /** The document itself: CSV text, or Open Badges 3.0 / CTDL JSON as a string. */
  document: string;
  /** true: validate everything and report what would happen, writing nothing. Default false. */
  dryRun?: boolean | null | undefined;
  /** Its format: CSV for programs and metrics; OPEN_BADGES_3 or CTDL for credentials. */
  format: ImportFormat;
  /** true: write the valid records and report the rest. Default false: all or nothing, one rejected record and nothing is written. */
  skipInvalid?: boolean | null | undefined;
};

/** What kind of problem an import found: most reject the record they are reported on, notes reject nothing. */
export type ImportProblemCode =
  /** Rejects the record. Several credentials of the catalog already have this externalId. */
  | 'AMBIGUOUS'
  /** A note: rejects nothing. An Open Badges achievementType that names a degree; the achievement is imported as given. */
  | 'DEGREE_KEPT'
  /** Rejects the record. The record's key (program code; program, year and metric; externalId) appears earlier in the document. */
  | 'DUPLICATE'
  /** Rejects the record. A new total_credits would put a program's embedded credits over its cap, or a credential's new credit value would no longer cover what a program applies. */
  | 'EMBEDDED_CREDITS'
  /** Rejects the record. A value is not of the expected kind, or breaks a rule of the mutation that creates the record. */
  | 'INVALID_VALUE'
  /** Rejects the record. A credit value has no unit, and the import gives no creditUnit. */
  | 'MISSING_UNIT'
  /** A note: rejects nothing. An all-or-nothing import was refused because records were rejected; says what skipInvalid would write. */
  | 'NOTHING_WRITTEN'
  /** A note: rejects nothing. A CTDL resource that is not a credential (an organization, a profile); it is skipped. */
  | 'NOT_A_CREDENTIAL'
  /** Rejects the record. A CTDL degree or diploma: a credential, but not a micro-credential. */
  | 'NOT_A_MICRO_CREDENTIAL'
  /** Rejects the record. The program code names no program of your institution. */
  | 'NOT_FOUND'
  /** Rejects the record. An entry of the list is not an Open Badges 3.0 credential or achievement. */
  | 'NOT_OPEN_BADGES_3'
  /** Rejects the record. A required column is empty, or a required JSON property is missing. */
  | 'REQUIRED'
  /** A note: rejects nothing. The list was cut at 1,000 problems; this counts the rest. */
  | 'TOO_MANY_PROBLEMS'
  /** A note: rejects nothing. A CSV column Uplift does not read (the message names the nearest known one); it is ignored. */
  | 'UNKNOWN_COLUMN'
  /** Rejects the record. A CTDL credit unit Uplift does not keep; convert the value. */
  | 'UNSUPPORTED_UNIT'
  /** Rejects the record. The CSV row has more or fewer fields than the header. */
  | 'WRONG_FIELD_COUNT';

/** One actual: a program, an academic year, a metric and its value. */
export type MetricObservationInput = {
  /** Calendar year the academic year starts in, 1900–2200. */
  academicYear: number;
  /** For rates: students it is out of (more than 0). */
  denominator?: number | null | undefined;
  /** Which metric. */
  metric: ObservedMetric;
  /** For rates: students meeting the definition. */
  numerator?: number | null | undefined;
  /** A program of your institution. */
  programId: string | number;
  /** Counts: a whole number ≥ 0. Rates: from 0 to 1 (equal to numerator / denominator when those are given). */
  value: number;
};

/** How a program is delivered. */
export type Modality =
  /** A mix of in-person and online teaching. */
  | 'HYBRID'
  /** Taught fully online. */
  | 'ONLINE'
  /** Taught in person. */
  | 'ON_CAMPUS';

/** A parameter of the uplift model (docs/MODEL.md §3). The three *_EFFECT parameters are what the model applies; the four v1 parameters (ratios of stated intent and how much of them is realised) are kept for the derivation of the "as stated" readings and for calibrations made before model v2, and cannot be set. */
export type ModelParameter =
  /** Years until prospects fully know of the offer. */
  | 'AWARENESS_RAMP_YEARS'
  /** Share of the entrants a change gains (or loses) who would otherwise enrol (or stay) in another of the institution's programs; projections report the institution's net effect. */
  | 'DIVERSION_SHARE'
  /** Share of students who take an ELECTIVE or ADD_ON embedded credential. */
  | 'ELECTIVE_TAKE_UP'
  /** Realised log odds ratio of engagement for a student who takes a full-size credential (0 = no effect, negative = harm). */
  | 'ENGAGEMENT_EFFECT'
  /** Model v1, not applied: stated engagement likelihood ratio, exposed vs not exposed students. */
  | 'ENGAGEMENT_RATIO'
  /** Realised log odds ratio of a prospect enrolling, for a full-strength offer: 0 = no effect, ln 1.1 ≈ 0.095 = odds ×1.1, negative = harm. May be exactly 0 with probability zeroMass. */
  | 'ENROLLMENT_EFFECT'
  /** Model v1, not applied: stated enrollment likelihood ratio for a program offering credentials. */
  | 'ENROLLMENT_RATIO'
  /** Model v1, not applied: share of a stated-intent effect that becomes behaviour. */
  | 'INTENT_REALISATION'
  /** Share of the effect that a non-credit credential keeps. */
  | 'NON_CREDIT_EFFECT_SHARE'
  /** Learning hours that make a credential about 63% of a full offer: its dose is 1 − exp(−hours / OFFER_HOURS_SCALE), hours = credits × hours per credit (US credit hour 45, ECTS 27.5, UK CATS 10) or the credential's learningHours. */
  | 'OFFER_HOURS_SCALE'
  /** Share of its offer a credential keeps in a program none of whose occupations it is aligned to: the offer is scaled by RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR) × relevance, relevance being the share of the credential's occupations the program leads to (1 when unknown). */
  | 'RELEVANCE_FLOOR'
  /** Realised log odds ratio of annual retention for a student who takes a full-size credential (0 = no effect, negative = harm). */
  | 'RETENTION_EFFECT'
  /** Model v1, not applied: share of the engagement effect that carries into retention. */
  | 'RETENTION_PASS_THROUGH';

/** What a projection or a plan assumed for want of data. */
export type ModelWarningCode =
  /** A credential or its program has no occupations, so its relevance to the program is unknown and counted as 1 (no penalty): align the credential (setCredentialOccupations) or give the program a cipCode. */
  | 'RELEVANCE_UNKNOWN';

/** A metric recorded as an actual for a program and academic year. */
export type ObservedMetric =
  /** Awards conferred (count). */
  | 'COMPLETIONS'
  /** Share of students meeting the engagement definition (0–1). */
  | 'ENGAGEMENT_RATE'
  /** New entrants (count). */
  | 'NEW_ENROLLMENTS'
  /** Applicants or qualified inquiries (count). */
  | 'PROSPECTS'
  /** Annual continuation rate (0–1). */
  | 'RETENTION_RATE';

/** What the plan maximises about the gain, over the draws. */
export type OptimizationRisk =
  /** The mean of the worst 10% of draws (risk-averse: CVaR at 10%). */
  | 'CVAR_10'
  /** The mean over the draws (risk-neutral). */
  | 'EXPECTED';

/** How good the plan is known to be. */
export type OptimizationStatus =
  /** Within the budget and the rules, but the solver stopped (time limit) before proving it best: see gap. */
  | 'FEASIBLE'
  /** No plan meets the locks within the budget: the plan is no change; see minimumCost. */
  | 'INFEASIBLE'
  /** Proven best for the criterion on the optimisation draws (gap 0); whether it is clearly better than the runner-up: PortfolioPlan.decision. */
  | 'OPTIMAL';

/** What to optimise, for which budget and risk, over which programs and credentials. */
export type OptimizePortfolioInput = {
  /** Assumption set; default: the global default set. */
  assumptionSetId?: string | number | null | undefined;
  /** most the plan may spend on credentials over the horizon (set-up plus per-learner cost), in the institution's currency */
  budget: number;
  /** default: every credential the institution can see (at most 1000); never one already live (ACTIVE or PLANNED) in a program */
  credentialIds?: Array<string | number> | null | undefined;
  /** Draws the plan is chosen on, 1–100000; default 500. */
  draws?: number | null | undefined;
  /** Fresh draws the plan's figures are measured on, 1–100000; default: draws. */
  evaluationDraws?: number | null | undefined;
  /** Choices the plan must not make (at most 500). */
  exclude?: Array<PlanChoiceInput> | null | undefined;
  /** Years summed, 1–30. */
  horizonYears: number;
  /** Choices the plan must make (at most 500); one that cannot be met is BAD_USER_INPUT. */
  lock?: Array<PlanChoiceInput> | null | undefined;
  /** additions per program, 1 to 3 (default 1) */
  maxAdditionsPerProgram?: number | null | undefined;
  /** Leave out any addition whose relevance to its program (the share of the credential’s occupations the program leads to) is below this, 0 to 1; default 0 (none left out). A credential whose relevance is unknown (it or the program has no occupations) is never left out: the plan warns about it instead. A lock below it is BAD_USER_INPUT. */
  minRelevance?: number | null | undefined;
  /** maximised summed over the horizon (default CONTRIBUTION_MARGIN: tuition after aid, teaching cost and credential cost); a rate (ENGAGEMENT_RATE, RETENTION_RATE) or CREDENTIAL_COST is BAD_USER_INPUT */
  objective?: OutcomeMetric;
  /** default: every ACTIVE program of the institution (at most 1000) */
  programIds?: Array<string | number> | null | undefined;
  /** Leave out any addition whose relevance to its program is unknown (the credential or the program has no occupations); default false, when an unknown relevance counts as a full fit. Set it so that a plan cannot prefer credentials for lacking occupation data. A lock it rules out is BAD_USER_INPUT. */
  requireKnownRelevance?: boolean | null | undefined;
  /** requirements the plan may use (default ELECTIVE) */
  requirements?: Array<RequirementType> | null | undefined;
  /** EXPECTED: the mean over draws; CVAR_10: the mean of the worst 10% of draws (default EXPECTED) */
  risk?: OptimizationRisk | null | undefined;
  /** saves the plan as a scenario named so (1–200 characters), with the evaluation seed and draws, so its projection equals the plan's figures */
  saveAsScenario?: string | null | undefined;
  /** Seed of the draws, 0–2147483647; default 1. The evaluation draws use a seed derived from it. */
  seed?: number | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** An outcome the uplift model projects, per program and year. */
export type OutcomeMetric =
  /** Students completing the program in the year. */
  | 'COMPLETIONS'
  /** Tuition net of institutional aid, minus marginal instructional cost, minus credential cost: TUITION_REVENUE × (1 − discountRate) − credits taught × instructionalCostPerCredit − CREDENTIAL_COST. */
  | 'CONTRIBUTION_MARGIN'
  /** Per-learner credential costs, plus setup costs of added credentials in year 1. */
  | 'CREDENTIAL_COST'
  /** Engagement rate, headcount-weighted over cohorts (0–1). */
  | 'ENGAGEMENT_RATE'
  /** Students enrolled across all cohorts present. */
  | 'HEADCOUNT'
  /** TUITION_REVENUE − CREDENTIAL_COST: gross of institutional aid and of the cost of teaching, so not a margin (see CONTRIBUTION_MARGIN). */
  | 'NET_REVENUE'
  /** New entrants in the year. */
  | 'NEW_ENROLLMENTS'
  /** Annual continuation rate, headcount-weighted over cohorts (0–1). */
  | 'RETENTION_RATE'
  /** Tuition, net of credits displaced by embedded credentials. */
  | 'TUITION_REVENUE';

/** One credential in one program (a lock forces it into the plan; an exclusion keeps it out). */
export type PlanChoiceInput = {
  /** A credential in scope. */
  credentialId: string | number;
  /** A program in scope. */
  programId: string | number;
};

/** How clearly a plan beats its closest alternative. */
export type PlanVerdict =
  /** The closest alternative's expected value lies below the plan's P10. */
  | 'CLEAR'
  /** No other plan fits the budget and the rules (or none meets the locks). */
  | 'NO_ALTERNATIVE'
  /** The closest alternative's expected value lies inside the plan's own P10–P90: the difference is smaller than the uncertainty, so the two are a tie. */
  | 'TIE';

/** An unsaved what-if, computed exactly as a saved scenario would be. */
export type PreviewUpliftInput = {
  /** Assumption set; default: the global default set. */
  assumptionSetId?: string | number | null | undefined;
  /** The programs and what changes in each, 1–500, each program once. */
  changes: Array<ScenarioChangeInput>;
  /** Monte Carlo draws, 1–100000; default 2000. */
  draws?: number | null | undefined;
  /** Years to project, 1–30. */
  horizonYears: number;
  /** Seed of the draws, 0–2147483647; default 1. */
  seed?: number | null | undefined;
};

/** The observed baseline of a program. */
export type ProgramBaselineInput = {
  /** New entrants per year; must be fewer than annualProspects. */
  annualNewEnrollments: number;
  /** Prospective students per year, 1–10,000,000. */
  annualProspects: number;
  /** Engagement rate, strictly between 0 and 1. */
  engagementRate: number;
  /** Yearly growth of prospects, from −0.5 to 1; default 0. */
  prospectGrowthRate?: number | null | undefined;
  /** Annual continuation rate, strictly between 0 and 1. */
  retentionRate: number;
};

/** Narrows the list of programs; all given conditions must hold. */
export type ProgramFilter = {
  /** CIP codes starting with this, e.g. "11" or "11.07". */
  cipCodePrefix?: string | null | undefined;
  /** true: only programs with at least one PLANNED or ACTIVE embedding; false: only programs without. */
  hasEmbeddedCredentials?: boolean | null | undefined;
  /** Any of these levels. */
  level?: Array<ProgramLevel> | null | undefined;
  /** Any of these modalities. */
  modality?: Array<Modality> | null | undefined;
  /** Code or title contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Any of these states. */
  status?: Array<ProgramStatus> | null | undefined;
};

/** Level of award a degree program leads to. */
export type ProgramLevel =
  /** Associate degree. */
  | 'ASSOCIATE'
  /** Bachelor's degree. */
  | 'BACHELOR'
  /** Undergraduate or graduate certificate. */
  | 'CERTIFICATE'
  /** Doctoral degree. */
  | 'DOCTORATE'
  /** Master's degree. */
  | 'MASTER';

/** Sort order of programs. */
export type ProgramOrder = {
  /** Direction; default ASC. */
  direction?: OrderDirection | null | undefined;
  /** Sort key. */
  field: ProgramOrderField;
};

/** What programs can be sorted by; ties are broken by creation order. */
export type ProgramOrderField =
  /** Program code. */
  | 'CODE'
  /** Creation time. */
  | 'CREATED_AT'
  /** Title. */
  | 'TITLE';

/** Lifecycle state of a program. */
export type ProgramStatus =
  /** Enrolling students. */
  | 'ACTIVE'
  /** Closed to new students; kept for history. */
  | 'ARCHIVED'
  /** Not yet enrolling. */
  | 'PLANNED';

/** Actuals to record, all or nothing: 1 to 1000 observations. An existing (program, year, metric) is replaced. */
export type RecordMetricsInput = {
  /** The observations. */
  observations: Array<MetricObservationInput>;
};

/** The embedding to remove. */
export type RemoveEmbeddingInput = {
  /** The embedding. */
  id: string | number;
};

/** How an embedded credential sits in a program. */
export type RequirementType =
  /** Offered alongside the program, outside its credits (take-up as for ELECTIVE). */
  | 'ADD_ON'
  /** Every student takes it (take-up 1 unless overridden). */
  | 'CORE'
  /** Students may choose it (take-up from ELECTIVE_TAKE_UP unless overridden). */
  | 'ELECTIVE';

/** The key to revoke; it stops working on the next request. */
export type RevokeApiKeyInput = {
  /** The key. */
  id: string | number;
};

/** What an API key may do. */
export type Role =
  /** PLANNER, plus create and revoke the institution's API keys. */
  | 'INSTITUTION_ADMIN'
  /** VIEWER, plus write programs, credentials, embeddings, assumption sets, scenarios and metrics. */
  | 'PLANNER'
  /** The operator (UPLIFT_ADMIN_KEY): institutions, their keys, the shared catalog and the global evidence. */
  | 'PLATFORM_ADMIN'
  /** Read the institution's data, the shared catalog and the evidence. */
  | 'VIEWER';

/** Re-run history: forecasts made as of a year from what was known then (baselines, and a calibration on the years up to it), scored against what happened after. */
export type RunBacktestInput = {
  /** The last academic year the fit and the baselines may see (the calendar year it starts in); every later recorded year is forecast. */
  asOfYear: number;
  /** the prior; default: the global default set */
  assumptionSetId?: string | number | null | undefined;
  /** Simulations behind each forecast (and particles of the fit), 1,000–20,000; default 2,000. */
  draws?: number | null | undefined;
  /** Name of the back-test (1–200 characters). */
  name: string;
  /** programs to fit and forecast (default: all of the institution's); at most 5000 */
  programIds?: Array<string | number> | null | undefined;
  /** Seed of every random number (default 1): same data and seed, same back-test. */
  seed?: number | null | undefined;
};

/** What the what-if does to one program. A program listed with no additions or removals is projected unchanged (it still counts in the totals). */
export type ScenarioChangeInput = {
  /** Credentials to embed, at most 50. */
  add?: Array<CredentialAdditionInput> | null | undefined;
  /** A program of your institution. */
  programId: string | number;
  /** ACTIVE embeddings of this program to remove, at most 50. */
  removeEmbeddingIds?: Array<string | number> | null | undefined;
};

/** How a local estimate's standard error and 95% interval were computed. */
export type StandardErrorMethod =
  /** Too few programs to cluster (fewer than two treated programs, or three in all): binomial noise and year-to-year variation as if program-years were independent, normal quantiles. Likely too narrow. */
  | 'INDEPENDENT_CELLS'
  /** Clustered by program: the leave-one-program-out jackknife (CV3), robust to shocks that persist from year to year within a program and to the programs' own effects differing; the interval uses Student's t with Bell–McCaffrey degrees of freedom (fewer when a few treated programs carry the estimate). */
  | 'PROGRAM_JACKKNIFE';

/** What an evidence statistic measures. */
export type StatisticKind =
  /** A likelihood ratio (e.g. 2.4 times as likely). */
  | 'RATIO'
  /** A share of respondents, as a fraction from 0 to 1. */
  | 'SHARE';

/** Change one parameter of one of your assumption sets. */
export type UpdateAssumptionInput = {
  /** The set. */
  assumptionSetId: string | number;
  /** The version you read; a stale one fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The new values. */
  override: AssumptionOverrideInput;
};

/** Changes to a micro-credential; omitted fields stay as they are. */
export type UpdateCredentialInput = {
  /** New cost per learner. */
  costPerLearner?: number | null | undefined;
  /** New recognition; NONE is refused while programs apply its credits. */
  creditRecognition?: CreditRecognition | null | undefined;
  /** The version you read; a stale one fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The credential. */
  id: string | number;
  /** New setup cost. */
  setupCost?: number | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to an embedding; omitted fields stay as they are. */
export type UpdateEmbeddingInput = {
  /** New credits applied. */
  creditsApplied?: number | null | undefined;
  /** The version you read; a stale one fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The embedding. */
  id: string | number;
  /** New requirement. */
  requirement?: RequirementType | null | undefined;
  /** New state. */
  status?: EmbeddingStatus | null | undefined;
  /** New take-up rate, 0–1. */
  takeUpRate?: number | null | undefined;
};

/** Changes to a program; omitted fields stay as they are. */
export type UpdateProgramInput = {
  /** A new baseline, replacing the old one whole; its annualNewEnrollments may not exceed the capacity. */
  baseline?: ProgramBaselineInput | null | undefined;
  /** New limit on new entrants a year, 1–10,000,000, at least the (new) baseline.annualNewEnrollments; null removes the limit; omitted: unchanged. */
  capacity?: number | null | undefined;
  /** New CIP code (NN.NNNN). */
  cipCode?: string | null | undefined;
  /** New share of gross tuition returned as institutional aid, at least 0 and below 1. */
  discountRate?: number | null | undefined;
  /** New duration in years. */
  durationYears?: number | null | undefined;
  /** The version you read; if the program changed since, the update fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The program. */
  id: string | number;
  /** New marginal cost of teaching one credit to one student, in the institution's currency; 0 to 1,000,000. */
  instructionalCostPerCredit?: number | null | undefined;
  /** New lifecycle state. */
  status?: ProgramStatus | null | undefined;
  /** New title, 1–200 characters. */
  title?: string | null | undefined;
  /** New total credits; must still hold the embedded credits under the cap. */
  totalCredits?: number | null | undefined;
  /** New tuition per credit. */
  tuitionPerCredit?: number | null | undefined;
};

/** Changes to a scenario; omitted fields stay as they are. `changes`, when given, replaces all changes. */
export type UpdateScenarioInput = {
  /** New assumption set. */
  assumptionSetId?: string | number | null | undefined;
  /** New changes, replacing the old ones. */
  changes?: Array<ScenarioChangeInput> | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New number of draws, 1–100000. */
  draws?: number | null | undefined;
  /** The version you read; a stale one fails with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** New horizon, 1–30. */
  horizonYears?: number | null | undefined;
  /** The scenario. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New seed. */
  seed?: number | null | undefined;
};

/** How a likelihood ratio is applied to a baseline rate. */
export type UpliftConversion =
  /** Applied to the odds: R·p / (1 − p + R·p). Rates stay below 1 (default). */
  | 'ODDS'
  /** Applied to the rate and capped: min(R·p, 0.99). */
  | 'RISK_CAPPED';

export type InstitutionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstitutionsQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, slug: string, country: string, creditUnit: CreditUnit, currency: string, maxEmbeddedCreditShare: number }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { institution: { id: string, name: string, slug: string, country: string, creditUnit: CreditUnit, currency: string, maxEmbeddedCreditShare: number } } };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, role: Role, prefix: string, createdAt: string, revokedAt: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role, prefix: string, createdAt: string, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AssumptionSet', id: string }
    | { __typename: 'Backtest', id: string }
    | { __typename: 'Calibration', id: string }
    | { __typename: 'DegreeProgram', id: string }
    | { __typename: 'EvidenceSource', id: string }
    | { __typename: 'EvidenceStatistic', id: string }
    | { __typename: 'Institution', id: string }
    | { __typename: 'MetricObservation', id: string }
    | { __typename: 'MicroCredential', id: string }
    | { __typename: 'Occupation', id: string }
    | { __typename: 'ProgramCredential', id: string }
    | { __typename: 'Scenario', id: string }
   | null };

export type BacktestSummaryFieldsFragment = { id: string, name: string, asOfYear: number, usedPosterior: boolean, draws: number, seed: number, forecastPrograms: number, modelVersion: number, createdAt: string, assumptionSet: { id: string, name: string, kind: AssumptionSetKind }, calibration: { id: string, name: string, status: CalibrationStatus } | null, scores: Array<{ metric: ObservedMetric, points: number, coverage80: number, crps: number, crpsPersistence: number, crpsNoEffect: number }> };

export type BacktestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BacktestsQuery = { backtests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, asOfYear: number, usedPosterior: boolean, draws: number, seed: number, forecastPrograms: number, modelVersion: number, createdAt: string, assumptionSet: { id: string, name: string, kind: AssumptionSetKind }, calibration: { id: string, name: string, status: CalibrationStatus } | null, scores: Array<{ metric: ObservedMetric, points: number, coverage80: number, crps: number, crpsPersistence: number, crpsNoEffect: number }> }> } };

export type BacktestQueryVariables = Exact<{
  id: string | number;
}>;


export type BacktestQuery = { backtest: { id: string, name: string, asOfYear: number, usedPosterior: boolean, draws: number, seed: number, forecastPrograms: number, modelVersion: number, createdAt: string, excludedPrograms: Array<{ id: string, code: string, title: string }>, points: Array<{ year: number, metric: ObservedMetric, actual: number, p10: number, p50: number, p90: number, covered: boolean, crps: number, program: { id: string, code: string, title: string } }>, assumptionSet: { id: string, name: string, kind: AssumptionSetKind }, calibration: { id: string, name: string, status: CalibrationStatus } | null, scores: Array<{ metric: ObservedMetric, points: number, coverage80: number, crps: number, crpsPersistence: number, crpsNoEffect: number }> } | null };

export type BacktestSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type BacktestSetupQuery = { assumptionSets: Array<{ id: string, name: string, kind: AssumptionSetKind, isDefault: boolean }>, viewer: { institution: { id: string, lastRecordedYear: number | null } | null } };

export type RunBacktestMutationVariables = Exact<{
  input: RunBacktestInput;
}>;


export type RunBacktestMutation = { runBacktest: { backtest: { id: string, name: string, asOfYear: number, usedPosterior: boolean, draws: number, seed: number, forecastPrograms: number, modelVersion: number, createdAt: string, assumptionSet: { id: string, name: string, kind: AssumptionSetKind }, calibration: { id: string, name: string, status: CalibrationStatus } | null, scores: Array<{ metric: ObservedMetric, points: number, coverage80: number, crps: number, crpsPersistence: number, crpsNoEffect: number }> } } };

export type DistributionSummaryFieldsFragment = { mean: number, p10: number, p50: number, p90: number };

export type CalibrationFieldsFragment = { id: string, name: string, status: CalibrationStatus, draws: number, seed: number, effectiveSampleSize: number, paretoK: number | null, warnings: Array<CalibrationWarning>, observationCount: number, observationHash: string, programYearCount: number, programCount: number, modelVersion: number, createdAt: string, priorAssumptionSet: { id: string, name: string, kind: AssumptionSetKind }, assumptionSet: { id: string, name: string, kind: AssumptionSetKind, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null }> } | null, estimates: Array<{ outcome: CalibrationOutcome, logOddsLift: number, standardError: number, lower95: number, upper95: number, standardErrorMethod: StandardErrorMethod | null, degreesOfFreedom: number | null, independentStandardError: number | null, pretrendPValue: number | null, priorPredictivePValue: number | null, percentagePoints: number, preRate: number, treatedPrograms: number, comparisonPrograms: number, observations: number, betweenProgramSd: number, effect: ModelParameter, probabilityPositive: number, probabilityNoEffect: number, priorProbabilityPositive: number | null, priorProbabilityNoEffect: number | null, eventStudy: Array<{ relativeYear: number, estimate: number, standardError: number, lower95: number, upper95: number, degreesOfFreedom: number | null, programs: number }> | null, predictedByPrior: { mean: number, p10: number, p50: number, p90: number }, predictedByPosterior: { mean: number, p10: number, p50: number, p90: number } }>, parameters: Array<{ parameter: ModelParameter, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, realisedRatios: Array<{ quantity: CalibrationQuantity, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, excludedPrograms: Array<{ id: string, code: string, title: string }> };

export type CalibrateAssumptionsMutationVariables = Exact<{
  input: CalibrateAssumptionsInput;
}>;


export type CalibrateAssumptionsMutation = { calibrateAssumptions: { calibration: { id: string, name: string, status: CalibrationStatus, draws: number, seed: number, effectiveSampleSize: number, paretoK: number | null, warnings: Array<CalibrationWarning>, observationCount: number, observationHash: string, programYearCount: number, programCount: number, modelVersion: number, createdAt: string, priorAssumptionSet: { id: string, name: string, kind: AssumptionSetKind }, assumptionSet: { id: string, name: string, kind: AssumptionSetKind, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null }> } | null, estimates: Array<{ outcome: CalibrationOutcome, logOddsLift: number, standardError: number, lower95: number, upper95: number, standardErrorMethod: StandardErrorMethod | null, degreesOfFreedom: number | null, independentStandardError: number | null, pretrendPValue: number | null, priorPredictivePValue: number | null, percentagePoints: number, preRate: number, treatedPrograms: number, comparisonPrograms: number, observations: number, betweenProgramSd: number, effect: ModelParameter, probabilityPositive: number, probabilityNoEffect: number, priorProbabilityPositive: number | null, priorProbabilityNoEffect: number | null, eventStudy: Array<{ relativeYear: number, estimate: number, standardError: number, lower95: number, upper95: number, degreesOfFreedom: number | null, programs: number }> | null, predictedByPrior: { mean: number, p10: number, p50: number, p90: number }, predictedByPosterior: { mean: number, p10: number, p50: number, p90: number } }>, parameters: Array<{ parameter: ModelParameter, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, realisedRatios: Array<{ quantity: CalibrationQuantity, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, excludedPrograms: Array<{ id: string, code: string, title: string }> } } };

export type CalibrationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CalibrationsQuery = { calibrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, status: CalibrationStatus, effectiveSampleSize: number, warnings: Array<CalibrationWarning>, createdAt: string, assumptionSet: { id: string } | null }> } };

export type CalibrationQueryVariables = Exact<{
  id: string | number;
}>;


export type CalibrationQuery = { calibration: { id: string, name: string, status: CalibrationStatus, draws: number, seed: number, effectiveSampleSize: number, paretoK: number | null, warnings: Array<CalibrationWarning>, observationCount: number, observationHash: string, programYearCount: number, programCount: number, modelVersion: number, createdAt: string, priorAssumptionSet: { id: string, name: string, kind: AssumptionSetKind }, assumptionSet: { id: string, name: string, kind: AssumptionSetKind, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null }> } | null, estimates: Array<{ outcome: CalibrationOutcome, logOddsLift: number, standardError: number, lower95: number, upper95: number, standardErrorMethod: StandardErrorMethod | null, degreesOfFreedom: number | null, independentStandardError: number | null, pretrendPValue: number | null, priorPredictivePValue: number | null, percentagePoints: number, preRate: number, treatedPrograms: number, comparisonPrograms: number, observations: number, betweenProgramSd: number, effect: ModelParameter, probabilityPositive: number, probabilityNoEffect: number, priorProbabilityPositive: number | null, priorProbabilityNoEffect: number | null, eventStudy: Array<{ relativeYear: number, estimate: number, standardError: number, lower95: number, upper95: number, degreesOfFreedom: number | null, programs: number }> | null, predictedByPrior: { mean: number, p10: number, p50: number, p90: number }, predictedByPosterior: { mean: number, p10: number, p50: number, p90: number } }>, parameters: Array<{ parameter: ModelParameter, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, realisedRatios: Array<{ quantity: CalibrationQuantity, prior: { mean: number, p10: number, p50: number, p90: number }, posterior: { mean: number, p10: number, p50: number, p90: number } }>, excludedPrograms: Array<{ id: string, code: string, title: string }> } | null };

export type AssumptionSetCalibrationQueryVariables = Exact<{ [key: string]: never; }>;


export type AssumptionSetCalibrationQuery = { assumptionSets: Array<{ id: string, kind: AssumptionSetKind, calibration: { id: string, name: string, status: CalibrationStatus } | null }> };

export type CredentialFieldsFragment = { id: string, title: string, issuer: string, description: string | null, url: string | null, category: string | null, skills: Array<string>, achievementType: string | null, creditValue: number | null, creditUnit: CreditUnit | null, learningHours: number | null, eqfLevel: number | null, creditRecognition: CreditRecognition, creditBearing: boolean, costPerLearner: number, setupCost: number, externalId: string | null, version: number };

export type CredentialCatalogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CredentialFilter | null | undefined;
  orderBy?: CredentialOrder | null | undefined;
}>;


export type CredentialCatalogQuery = { credentials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, issuer: string, description: string | null, url: string | null, category: string | null, skills: Array<string>, achievementType: string | null, creditValue: number | null, creditUnit: CreditUnit | null, learningHours: number | null, eqfLevel: number | null, creditRecognition: CreditRecognition, creditBearing: boolean, costPerLearner: number, setupCost: number, externalId: string | null, version: number, programs: Array<{ id: string, code: string, title: string }>, offer: { creditsApplied: number, hours: number, small: boolean }, occupations: Array<{ id: string, code: string, title: string, employment: number | null, projectedGrowth: number | null, annualOpenings: number | null, medianWage: number | null }> }> } };

export type CredentialOfferFieldsFragment = { creditsApplied: number, hours: number, small: boolean };

export type CredentialQueryVariables = Exact<{
  id: string | number;
  creditsApplied?: number | null | undefined;
}>;


export type CredentialQuery = { credential: { id: string, title: string, issuer: string, description: string | null, url: string | null, category: string | null, skills: Array<string>, achievementType: string | null, creditValue: number | null, creditUnit: CreditUnit | null, learningHours: number | null, eqfLevel: number | null, creditRecognition: CreditRecognition, creditBearing: boolean, costPerLearner: number, setupCost: number, externalId: string | null, version: number, programs: Array<{ id: string, code: string, title: string }>, offer: { creditsApplied: number, hours: number, small: boolean } } | null };

export type CreateCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateCredentialMutation = { createCredential: { credential: { id: string, title: string, issuer: string, description: string | null, url: string | null, category: string | null, skills: Array<string>, achievementType: string | null, creditValue: number | null, creditUnit: CreditUnit | null, learningHours: number | null, eqfLevel: number | null, creditRecognition: CreditRecognition, creditBearing: boolean, costPerLearner: number, setupCost: number, externalId: string | null, version: number } } };

export type UpdateCredentialMutationVariables = Exact<{
  input: UpdateCredentialInput;
}>;


export type UpdateCredentialMutation = { updateCredential: { credential: { id: string, title: string, issuer: string, description: string | null, url: string | null, category: string | null, skills: Array<string>, achievementType: string | null, creditValue: number | null, creditUnit: CreditUnit | null, learningHours: number | null, eqfLevel: number | null, creditRecognition: CreditRecognition, creditBearing: boolean, costPerLearner: number, setupCost: number, externalId: string | null, version: number } } };

export type EmbedCredentialMutationVariables = Exact<{
  input: EmbedCredentialInput;
}>;


export type EmbedCredentialMutation = { embedCredential: { embedding: { id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, startYear: number | null, status: EmbeddingStatus, version: number, program: { id: string, code: string, embeddedCredits: number }, credential: { id: string, title: string, creditBearing: boolean } } } };

export type UpdateEmbeddingMutationVariables = Exact<{
  input: UpdateEmbeddingInput;
}>;


export type UpdateEmbeddingMutation = { updateEmbedding: { embedding: { id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, status: EmbeddingStatus, version: number, program: { id: string, embeddedCredits: number } } } };

export type RemoveEmbeddingMutationVariables = Exact<{
  input: RemoveEmbeddingInput;
}>;


export type RemoveEmbeddingMutation = { removeEmbedding: { removedId: string, program: { id: string, embeddedCredits: number } } };

export type EvidenceSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceSourcesQuery = { evidenceSources: Array<{ id: string, key: string, title: string, publisher: string, year: number, url: string | null, methodology: string, notes: string | null, statistics: Array<{ id: string, key: string, description: string, population: string, kind: StatisticKind, value: number, comparisonValue: number | null, comparisonYear: number | null, note: string | null, quote: string | null }> }> };

export type AssumptionSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssumptionSetsQuery = { assumptionSets: Array<{ id: string, name: string, description: string | null, conversion: UpliftConversion, kind: AssumptionSetKind, isDefault: boolean, version: number, institution: { id: string, name: string } | null, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null, hasNoEvidence: boolean, evidence: Array<{ id: string, key: string, description: string, value: number, kind: StatisticKind, source: { id: string, title: string } }> }> }> };

export type CreateAssumptionSetMutationVariables = Exact<{
  input: CreateAssumptionSetInput;
}>;


export type CreateAssumptionSetMutation = { createAssumptionSet: { assumptionSet: { id: string, name: string, conversion: UpliftConversion, version: number, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number }> } } };

export type UpdateAssumptionMutationVariables = Exact<{
  input: UpdateAssumptionInput;
}>;


export type UpdateAssumptionMutation = { updateAssumption: { assumptionSet: { id: string, version: number, assumptions: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null }> } } };

export type ImportReportFieldsFragment = { dryRun: boolean, created: number, updated: number, unchanged: number, rejected: number, problems: Array<{ location: string, field: string | null, code: ImportProblemCode, message: string }> };

export type ImportProgramsMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportProgramsMutation = { importPrograms: { report: { dryRun: boolean, created: number, updated: number, unchanged: number, rejected: number, problems: Array<{ location: string, field: string | null, code: ImportProblemCode, message: string }> } } };

export type ImportMetricsMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportMetricsMutation = { importMetrics: { report: { dryRun: boolean, created: number, updated: number, unchanged: number, rejected: number, problems: Array<{ location: string, field: string | null, code: ImportProblemCode, message: string }> } } };

export type ImportCredentialsMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportCredentialsMutation = { importCredentials: { report: { dryRun: boolean, created: number, updated: number, unchanged: number, rejected: number, problems: Array<{ location: string, field: string | null, code: ImportProblemCode, message: string }> } } };

export type RecordMetricsMutationVariables = Exact<{
  input: RecordMetricsInput;
}>;


export type RecordMetricsMutation = { recordMetrics: { observations: Array<{ id: string, academicYear: number, metric: ObservedMetric, value: number, numerator: number | null, denominator: number | null, program: { id: string, code: string } }> } };

export type OccupationFieldsFragment = { id: string, code: string, title: string, employment: number | null, projectedGrowth: number | null, annualOpenings: number | null, medianWage: number | null };

export type CredentialFitFieldsFragment = { programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } };

export type ModelWarningFieldsFragment = { code: ModelWarningCode, programId: string | null, credentialId: string | null, message: string };

export type CredentialFitQueryVariables = Exact<{
  id: string | number;
  programId: string | number;
}>;


export type CredentialFitQuery = { credential: { id: string, fitIn: { programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } } } | null };

export type PortfolioPlanFieldsFragment = { status: OptimizationStatus, objective: OutcomeMetric, risk: OptimizationRisk, budget: number, horizonYears: number, cost: number, baselineValue: number, criterion: number | null, evaluationCriterion: number | null, evaluationCost: number, gap: number | null, minimumCost: number | null, draws: number, seed: number, evaluationDraws: number, evaluationSeed: number, candidatesEvaluated: number, optionsEvaluated: number, caveat: string, value: { mean: number, p10: number, p50: number, p90: number }, gain: { mean: number, p10: number, p50: number, p90: number }, decision: { verdict: PlanVerdict, summary: string, shortfall: number | null, program: { id: string, code: string, title: string } | null, alternative: { expectedGain: number, cost: number, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> } | null }, additions: Array<{ requirement: RequirementType, creditsApplied: number, cost: number, objectiveGain: number, relevance: number, program: { id: string, code: string, title: string }, credential: { id: string, title: string, creditBearing: boolean, costPerLearner: number, setupCost: number }, fit: { programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } } }>, warnings: Array<{ code: ModelWarningCode, programId: string | null, credentialId: string | null, message: string }>, programs: Array<{ programId: string, program: { id: string, code: string, title: string }, chosen: { expectedGain: number, cost: number, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> }, runnerUp: { expectedGain: number, cost: number, criterionShortfall: number, expectedGainShortfall: number, withinBudget: boolean, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> } | null }>, frontier: Array<{ budget: number, expectedGain: number, cost: number }>, scenario: { id: string, name: string, horizonYears: number, draws: number, seed: number } | null };

export type OptimizePortfolioMutationVariables = Exact<{
  input: OptimizePortfolioInput;
}>;


export type OptimizePortfolioMutation = { optimizePortfolio: { plan: { status: OptimizationStatus, objective: OutcomeMetric, risk: OptimizationRisk, budget: number, horizonYears: number, cost: number, baselineValue: number, criterion: number | null, evaluationCriterion: number | null, evaluationCost: number, gap: number | null, minimumCost: number | null, draws: number, seed: number, evaluationDraws: number, evaluationSeed: number, candidatesEvaluated: number, optionsEvaluated: number, caveat: string, value: { mean: number, p10: number, p50: number, p90: number }, gain: { mean: number, p10: number, p50: number, p90: number }, decision: { verdict: PlanVerdict, summary: string, shortfall: number | null, program: { id: string, code: string, title: string } | null, alternative: { expectedGain: number, cost: number, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> } | null }, additions: Array<{ requirement: RequirementType, creditsApplied: number, cost: number, objectiveGain: number, relevance: number, program: { id: string, code: string, title: string }, credential: { id: string, title: string, creditBearing: boolean, costPerLearner: number, setupCost: number }, fit: { programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } } }>, warnings: Array<{ code: ModelWarningCode, programId: string | null, credentialId: string | null, message: string }>, programs: Array<{ programId: string, program: { id: string, code: string, title: string }, chosen: { expectedGain: number, cost: number, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> }, runnerUp: { expectedGain: number, cost: number, criterionShortfall: number, expectedGainShortfall: number, withinBudget: boolean, additions: Array<{ requirement: RequirementType, creditsApplied: number, credential: { id: string, title: string } }> } | null }>, frontier: Array<{ budget: number, expectedGain: number, cost: number }>, scenario: { id: string, name: string, horizonYears: number, draws: number, seed: number } | null } } };

export type ProgramFieldsFragment = { id: string, code: string, title: string, level: ProgramLevel, modality: Modality, cipCode: string | null, status: ProgramStatus, totalCredits: number, durationYears: number, tuitionPerCredit: number, capacity: number | null, discountRate: number, instructionalCostPerCredit: number, version: number, embeddedCredits: number, baseline: { annualProspects: number, annualNewEnrollments: number, engagementRate: number, retentionRate: number, prospectGrowthRate: number, enrollmentRate: number } };

export type EmbeddingFieldsFragment = { id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, startYear: number | null, status: EmbeddingStatus, credential: { id: string, title: string, issuer: string, category: string | null, creditBearing: boolean, creditValue: number | null, creditUnit: CreditUnit | null } };

export type ProgramsWithCredentialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProgramFilter | null | undefined;
  orderBy?: ProgramOrder | null | undefined;
}>;


export type ProgramsWithCredentialsQuery = { programs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, level: ProgramLevel, modality: Modality, cipCode: string | null, status: ProgramStatus, totalCredits: number, durationYears: number, tuitionPerCredit: number, capacity: number | null, discountRate: number, instructionalCostPerCredit: number, version: number, embeddedCredits: number, embeddedCredentials: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, startYear: number | null, status: EmbeddingStatus, credential: { id: string, title: string, issuer: string, category: string | null, creditBearing: boolean, creditValue: number | null, creditUnit: CreditUnit | null } }>, baseline: { annualProspects: number, annualNewEnrollments: number, engagementRate: number, retentionRate: number, prospectGrowthRate: number, enrollmentRate: number } }> } };

export type ProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramQuery = { program: { id: string, code: string, title: string, level: ProgramLevel, modality: Modality, cipCode: string | null, status: ProgramStatus, totalCredits: number, durationYears: number, tuitionPerCredit: number, capacity: number | null, discountRate: number, instructionalCostPerCredit: number, version: number, embeddedCredits: number, occupations: Array<{ id: string, code: string, title: string, employment: number | null, projectedGrowth: number | null, annualOpenings: number | null, medianWage: number | null }>, institution: { id: string, name: string, creditUnit: CreditUnit, maxEmbeddedCreditShare: number }, embeddedCredentials: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, startYear: number | null, status: EmbeddingStatus, fit: { programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } }, credential: { id: string, title: string, issuer: string, category: string | null, creditBearing: boolean, creditValue: number | null, creditUnit: CreditUnit | null } }>, metrics: { totalCount: number, nodes: Array<{ id: string, academicYear: number, metric: ObservedMetric, value: number, numerator: number | null, denominator: number | null }> }, baseline: { annualProspects: number, annualNewEnrollments: number, engagementRate: number, retentionRate: number, prospectGrowthRate: number, enrollmentRate: number } } | null };

export type ProgramMetricsQueryVariables = Exact<{
  id: string | number;
  metric?: ObservedMetric | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgramMetricsQuery = { program: { id: string, metrics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, academicYear: number, metric: ObservedMetric, value: number, numerator: number | null, denominator: number | null } }> } } | null };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { createProgram: { program: { id: string, code: string, title: string, level: ProgramLevel, modality: Modality, cipCode: string | null, status: ProgramStatus, totalCredits: number, durationYears: number, tuitionPerCredit: number, capacity: number | null, discountRate: number, instructionalCostPerCredit: number, version: number, embeddedCredits: number, baseline: { annualProspects: number, annualNewEnrollments: number, engagementRate: number, retentionRate: number, prospectGrowthRate: number, enrollmentRate: number } } } };

export type UpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { updateProgram: { program: { id: string, code: string, title: string, level: ProgramLevel, modality: Modality, cipCode: string | null, status: ProgramStatus, totalCredits: number, durationYears: number, tuitionPerCredit: number, capacity: number | null, discountRate: number, instructionalCostPerCredit: number, version: number, embeddedCredits: number, baseline: { annualProspects: number, annualNewEnrollments: number, engagementRate: number, retentionRate: number, prospectGrowthRate: number, enrollmentRate: number } } } };

export type ArchiveProgramMutationVariables = Exact<{
  input: ArchiveProgramInput;
}>;


export type ArchiveProgramMutation = { archiveProgram: { program: { id: string, status: ProgramStatus, version: number } } };

export type ProjectionRowFieldsFragment = { programId: string | null, year: number, metric: OutcomeMetric, baseline: number, pointEstimate: number, mean: number, p10: number, p50: number, p90: number, predictionP10: number, predictionP90: number, program: { id: string, code: string, title: string } | null };

export type ScenarioFieldsFragment = { id: string, name: string, description: string | null, horizonYears: number, draws: number, seed: number, version: number, assumptionSet: { id: string, name: string, conversion: UpliftConversion }, changes: Array<{ removeEmbeddingIds: Array<string>, program: { id: string, code: string, title: string }, add: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, status: EmbeddingStatus, credential: { id: string, title: string, creditBearing: boolean } }> }> };

export type ScenariosQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ScenariosQuery = { scenarios: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string | null, horizonYears: number, draws: number, seed: number, version: number, assumptionSet: { id: string, name: string, conversion: UpliftConversion }, changes: Array<{ removeEmbeddingIds: Array<string>, program: { id: string, code: string, title: string }, add: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, status: EmbeddingStatus, credential: { id: string, title: string, creditBearing: boolean } }> }> }> } };

export type ScenarioProjectionQueryVariables = Exact<{
  id: string | number;
  metrics?: Array<OutcomeMetric> | OutcomeMetric | null | undefined;
  programId?: string | number | null | undefined;
  totalsOnly?: boolean | null | undefined;
}>;


export type ScenarioProjectionQuery = { scenario: { id: string, name: string, description: string | null, horizonYears: number, draws: number, seed: number, version: number, projection: { horizonYears: number, draws: number, seed: number, inputHash: string, conversion: UpliftConversion, rows: Array<{ programId: string | null, year: number, metric: OutcomeMetric, baseline: number, pointEstimate: number, mean: number, p10: number, p50: number, p90: number, predictionP10: number, predictionP90: number, program: { id: string, code: string, title: string } | null }>, yearToYearVariation: Array<{ programId: string, prospectsSd: number, enrollmentSd: number, engagementSd: number, retentionSd: number, sources: string }>, relevance: Array<{ programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } }>, warnings: Array<{ code: ModelWarningCode, programId: string | null, credentialId: string | null, message: string }>, assumptionsUsed: Array<{ parameter: ModelParameter, low: number, mode: number, high: number, distribution: Distribution, zeroMass: number, rationale: string | null, hasNoEvidence: boolean, evidence: Array<{ key: string, description: string, value: number, kind: StatisticKind, source: { title: string, publisher: string, year: number, methodology: string } }> }> }, assumptionSet: { id: string, name: string, conversion: UpliftConversion }, changes: Array<{ removeEmbeddingIds: Array<string>, program: { id: string, code: string, title: string }, add: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, status: EmbeddingStatus, credential: { id: string, title: string, creditBearing: boolean } }> }> } | null };

export type ScenarioSensitivityQueryVariables = Exact<{
  id: string | number;
  metric: OutcomeMetric;
  year?: number | null | undefined;
}>;


export type ScenarioSensitivityQuery = { scenario: { id: string, sensitivity: Array<{ parameter: ModelParameter, lowValue: number, highValue: number, outcomeAtLow: number, outcomeAtHigh: number, swing: number }> } | null };

export type CompareScenariosQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  metric: OutcomeMetric;
}>;


export type CompareScenariosQuery = { compareScenarios: { metric: OutcomeMetric, rows: Array<{ year: number, baseline: number, pointEstimate: number, mean: number, p10: number, p50: number, p90: number, predictionP10: number, predictionP90: number, scenario: { id: string, name: string } }> } };

export type PreviewUpliftQueryVariables = Exact<{
  input: PreviewUpliftInput;
  metrics?: Array<OutcomeMetric> | OutcomeMetric | null | undefined;
  totalsOnly?: boolean | null | undefined;
}>;


export type PreviewUpliftQuery = { previewUplift: { horizonYears: number, draws: number, seed: number, inputHash: string, conversion: UpliftConversion, rows: Array<{ programId: string | null, year: number, metric: OutcomeMetric, baseline: number, pointEstimate: number, mean: number, p10: number, p50: number, p90: number, predictionP10: number, predictionP90: number, program: { id: string, code: string, title: string } | null }>, relevance: Array<{ programId: string, credentialId: string, relevance: number, relevanceKnown: boolean, matchedOccupations: number, credentialOccupations: number, programOccupations: number, summary: string, program: { id: string, code: string }, credential: { id: string, title: string } }>, warnings: Array<{ code: ModelWarningCode, programId: string | null, credentialId: string | null, message: string }> } };

export type CreateScenarioMutationVariables = Exact<{
  input: CreateScenarioInput;
}>;


export type CreateScenarioMutation = { createScenario: { scenario: { id: string, name: string, description: string | null, horizonYears: number, draws: number, seed: number, version: number, assumptionSet: { id: string, name: string, conversion: UpliftConversion }, changes: Array<{ removeEmbeddingIds: Array<string>, program: { id: string, code: string, title: string }, add: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, status: EmbeddingStatus, credential: { id: string, title: string, creditBearing: boolean } }> }> } } };

export type UpdateScenarioMutationVariables = Exact<{
  input: UpdateScenarioInput;
}>;


export type UpdateScenarioMutation = { updateScenario: { scenario: { id: string, name: string, description: string | null, horizonYears: number, draws: number, seed: number, version: number, assumptionSet: { id: string, name: string, conversion: UpliftConversion }, changes: Array<{ removeEmbeddingIds: Array<string>, program: { id: string, code: string, title: string }, add: Array<{ id: string, creditsApplied: number, requirement: RequirementType, takeUpRate: number | null, displacesTuition: boolean, status: EmbeddingStatus, credential: { id: string, title: string, creditBearing: boolean } }> }> } } };

export type DeleteScenarioMutationVariables = Exact<{
  input: DeleteScenarioInput;
}>;


export type DeleteScenarioMutation = { deleteScenario: { deletedId: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, institution: { id: string, name: string, slug: string, creditUnit: CreditUnit, currency: string, maxEmbeddedCreditShare: number, ectsPerCreditHour: number } | null } };

export const BacktestSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacktestSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backtest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOfYear"}},{"kind":"Field","name":{"kind":"Name","value":"usedPosterior"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"forecastPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"coverage80"}},{"kind":"Field","name":{"kind":"Name","value":"crps"}},{"kind":"Field","name":{"kind":"Name","value":"crpsPersistence"}},{"kind":"Field","name":{"kind":"Name","value":"crpsNoEffect"}}]}}]}}]} as unknown as DocumentNode<BacktestSummaryFieldsFragment, unknown>;
export const DistributionSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<DistributionSummaryFieldsFragment, unknown>;
export const CalibrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calibration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"paretoK"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"observationHash"}},{"kind":"Field","name":{"kind":"Name","value":"programYearCount"}},{"kind":"Field","name":{"kind":"Name","value":"programCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priorAssumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"logOddsLift"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"standardErrorMethod"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"independentStandardError"}},{"kind":"Field","name":{"kind":"Name","value":"eventStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relativeYear"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pretrendPValue"}},{"kind":"Field","name":{"kind":"Name","value":"priorPredictivePValue"}},{"kind":"Field","name":{"kind":"Name","value":"percentagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"preRate"}},{"kind":"Field","name":{"kind":"Name","value":"treatedPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"betweenProgramSd"}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPrior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPosterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityNoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityNoEffect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedRatios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<CalibrationFieldsFragment, unknown>;
export const CredentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"learningHours"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CredentialFieldsFragment, unknown>;
export const CredentialOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"small"}}]}}]} as unknown as DocumentNode<CredentialOfferFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const OccupationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"projectedGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"annualOpenings"}},{"kind":"Field","name":{"kind":"Name","value":"medianWage"}}]}}]} as unknown as DocumentNode<OccupationFieldsFragment, unknown>;
export const CredentialFitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]} as unknown as DocumentNode<CredentialFitFieldsFragment, unknown>;
export const ModelWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ModelWarningFieldsFragment, unknown>;
export const PortfolioPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCost"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCost"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDraws"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSeed"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"optionsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveGain"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelWarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chosen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runnerUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"criterionShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expectedGainShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"withinBudget"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PortfolioPlanFieldsFragment, unknown>;
export const ProgramFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DegreeProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"tuitionPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"instructionalCostPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualProspects"}},{"kind":"Field","name":{"kind":"Name","value":"annualNewEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"retentionRate"}},{"kind":"Field","name":{"kind":"Name","value":"prospectGrowthRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentRate"}}]}}]}}]} as unknown as DocumentNode<ProgramFieldsFragment, unknown>;
export const EmbeddingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmbeddingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}}]}}]}}]} as unknown as DocumentNode<EmbeddingFieldsFragment, unknown>;
export const ProjectionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"pointEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP10"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP90"}}]}}]} as unknown as DocumentNode<ProjectionRowFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"add"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removeEmbeddingIds"}}]}}]}}]} as unknown as DocumentNode<ScenarioFieldsFragment, unknown>;
export const InstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Institutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmbeddedCreditShare"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsQuery, InstitutionsQueryVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmbeddedCreditShare"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const BacktestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backtests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacktestSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacktestSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backtest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOfYear"}},{"kind":"Field","name":{"kind":"Name","value":"usedPosterior"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"forecastPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"coverage80"}},{"kind":"Field","name":{"kind":"Name","value":"crps"}},{"kind":"Field","name":{"kind":"Name","value":"crpsPersistence"}},{"kind":"Field","name":{"kind":"Name","value":"crpsNoEffect"}}]}}]}}]} as unknown as DocumentNode<BacktestsQuery, BacktestsQueryVariables>;
export const BacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backtest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacktestSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"crps"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacktestSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backtest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOfYear"}},{"kind":"Field","name":{"kind":"Name","value":"usedPosterior"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"forecastPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"coverage80"}},{"kind":"Field","name":{"kind":"Name","value":"crps"}},{"kind":"Field","name":{"kind":"Name","value":"crpsPersistence"}},{"kind":"Field","name":{"kind":"Name","value":"crpsNoEffect"}}]}}]}}]} as unknown as DocumentNode<BacktestQuery, BacktestQueryVariables>;
export const BacktestSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BacktestSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastRecordedYear"}}]}}]}}]}}]} as unknown as DocumentNode<BacktestSetupQuery, BacktestSetupQueryVariables>;
export const RunBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBacktestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBacktest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacktestSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacktestSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Backtest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOfYear"}},{"kind":"Field","name":{"kind":"Name","value":"usedPosterior"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"forecastPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"coverage80"}},{"kind":"Field","name":{"kind":"Name","value":"crps"}},{"kind":"Field","name":{"kind":"Name","value":"crpsPersistence"}},{"kind":"Field","name":{"kind":"Name","value":"crpsNoEffect"}}]}}]}}]} as unknown as DocumentNode<RunBacktestMutation, RunBacktestMutationVariables>;
export const CalibrateAssumptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalibrateAssumptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalibrateAssumptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibrateAssumptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calibration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"paretoK"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"observationHash"}},{"kind":"Field","name":{"kind":"Name","value":"programYearCount"}},{"kind":"Field","name":{"kind":"Name","value":"programCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priorAssumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"logOddsLift"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"standardErrorMethod"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"independentStandardError"}},{"kind":"Field","name":{"kind":"Name","value":"eventStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relativeYear"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pretrendPValue"}},{"kind":"Field","name":{"kind":"Name","value":"priorPredictivePValue"}},{"kind":"Field","name":{"kind":"Name","value":"percentagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"preRate"}},{"kind":"Field","name":{"kind":"Name","value":"treatedPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"betweenProgramSd"}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPrior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPosterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityNoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityNoEffect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedRatios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CalibrateAssumptionsMutation, CalibrateAssumptionsMutationVariables>;
export const CalibrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calibrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalibrationsQuery, CalibrationsQueryVariables>;
export const CalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calibration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalibrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalibrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calibration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"paretoK"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"observationHash"}},{"kind":"Field","name":{"kind":"Name","value":"programYearCount"}},{"kind":"Field","name":{"kind":"Name","value":"programCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"priorAssumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"logOddsLift"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"standardErrorMethod"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"independentStandardError"}},{"kind":"Field","name":{"kind":"Name","value":"eventStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relativeYear"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}},{"kind":"Field","name":{"kind":"Name","value":"degreesOfFreedom"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pretrendPValue"}},{"kind":"Field","name":{"kind":"Name","value":"priorPredictivePValue"}},{"kind":"Field","name":{"kind":"Name","value":"percentagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"preRate"}},{"kind":"Field","name":{"kind":"Name","value":"treatedPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"betweenProgramSd"}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPrior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predictedByPosterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityNoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityPositive"}},{"kind":"Field","name":{"kind":"Name","value":"priorProbabilityNoEffect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisedRatios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"prior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posterior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributionSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CalibrationQuery, CalibrationQueryVariables>;
export const AssumptionSetCalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssumptionSetCalibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AssumptionSetCalibrationQuery, AssumptionSetCalibrationQueryVariables>;
export const CredentialCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"learningHours"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"small"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"projectedGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"annualOpenings"}},{"kind":"Field","name":{"kind":"Name","value":"medianWage"}}]}}]} as unknown as DocumentNode<CredentialCatalogQuery, CredentialCatalogQueryVariables>;
export const CredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Credential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditsApplied"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditsApplied"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditsApplied"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialOfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"learningHours"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"small"}}]}}]} as unknown as DocumentNode<CredentialQuery, CredentialQueryVariables>;
export const CreateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"learningHours"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const UpdateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"learningHours"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"creditRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateCredentialMutation, UpdateCredentialMutationVariables>;
export const EmbedCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmbedCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embedCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embedding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmbedCredentialMutation, EmbedCredentialMutationVariables>;
export const UpdateEmbeddingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmbedding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmbeddingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmbedding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embedding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEmbeddingMutation, UpdateEmbeddingMutationVariables>;
export const RemoveEmbeddingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEmbedding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveEmbeddingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEmbedding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveEmbeddingMutation, RemoveEmbeddingMutationVariables>;
export const EvidenceSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"methodology"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonYear"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSourcesQuery, EvidenceSourcesQueryVariables>;
export const AssumptionSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssumptionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"hasNoEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssumptionSetsQuery, AssumptionSetsQueryVariables>;
export const CreateAssumptionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssumptionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssumptionSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssumptionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAssumptionSetMutation, CreateAssumptionSetMutationVariables>;
export const UpdateAssumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssumptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssumptionMutation, UpdateAssumptionMutationVariables>;
export const ImportProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportProgramsMutation, ImportProgramsMutationVariables>;
export const ImportMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportMetricsMutation, ImportMetricsMutationVariables>;
export const ImportCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportCredentialsMutation, ImportCredentialsMutationVariables>;
export const RecordMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMetricsMutation, RecordMetricsMutationVariables>;
export const CredentialFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CredentialFit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fitIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]} as unknown as DocumentNode<CredentialFitQuery, CredentialFitQueryVariables>;
export const OptimizePortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OptimizePortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptimizePortfolioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimizePortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortfolioPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortfolioPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCost"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCost"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationDraws"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSeed"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"optionsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLearner"}},{"kind":"Field","name":{"kind":"Name","value":"setupCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveGain"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelWarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chosen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"runnerUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"criterionShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expectedGainShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"withinBudget"}},{"kind":"Field","name":{"kind":"Name","value":"additions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"expectedGain"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}}]} as unknown as DocumentNode<OptimizePortfolioMutation, OptimizePortfolioMutationVariables>;
export const ProgramsWithCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsWithCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramFields"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmbeddingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DegreeProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"tuitionPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"instructionalCostPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualProspects"}},{"kind":"Field","name":{"kind":"Name","value":"annualNewEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"retentionRate"}},{"kind":"Field","name":{"kind":"Name","value":"prospectGrowthRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmbeddingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}}]}}]}}]} as unknown as DocumentNode<ProgramsWithCredentialsQuery, ProgramsWithCredentialsQueryVariables>;
export const ProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Program"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramFields"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OccupationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmbeddedCreditShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmbeddingFields"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DegreeProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"tuitionPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"instructionalCostPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualProspects"}},{"kind":"Field","name":{"kind":"Name","value":"annualNewEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"retentionRate"}},{"kind":"Field","name":{"kind":"Name","value":"prospectGrowthRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OccupationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Occupation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"projectedGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"annualOpenings"}},{"kind":"Field","name":{"kind":"Name","value":"medianWage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmbeddingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}},{"kind":"Field","name":{"kind":"Name","value":"creditValue"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]} as unknown as DocumentNode<ProgramQuery, ProgramQueryVariables>;
export const ProgramMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservedMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramMetricsQuery, ProgramMetricsQueryVariables>;
export const CreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DegreeProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"tuitionPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"instructionalCostPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualProspects"}},{"kind":"Field","name":{"kind":"Name","value":"annualNewEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"retentionRate"}},{"kind":"Field","name":{"kind":"Name","value":"prospectGrowthRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentRate"}}]}}]}}]} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgramFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgramFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DegreeProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"tuitionPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"instructionalCostPerCredit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"embeddedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualProspects"}},{"kind":"Field","name":{"kind":"Name","value":"annualNewEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"retentionRate"}},{"kind":"Field","name":{"kind":"Name","value":"prospectGrowthRate"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentRate"}}]}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const ArchiveProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveProgramMutation, ArchiveProgramMutationVariables>;
export const ScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"add"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removeEmbeddingIds"}}]}}]}}]} as unknown as DocumentNode<ScenariosQuery, ScenariosQueryVariables>;
export const ScenarioProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMetric"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totalsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"totalsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totalsOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearToYearVariation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"prospectsSd"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentSd"}},{"kind":"Field","name":{"kind":"Name","value":"engagementSd"}},{"kind":"Field","name":{"kind":"Name","value":"retentionSd"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelWarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptionsUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"zeroMass"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"hasNoEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"methodology"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"add"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removeEmbeddingIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"pointEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP10"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP90"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ScenarioProjectionQuery, ScenarioProjectionQueryVariables>;
export const ScenarioSensitivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioSensitivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"lowValue"}},{"kind":"Field","name":{"kind":"Name","value":"highValue"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAtLow"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAtHigh"}},{"kind":"Field","name":{"kind":"Name","value":"swing"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioSensitivityQuery, ScenarioSensitivityQueryVariables>;
export const CompareScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMetric"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"pointEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP10"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP90"}}]}}]}}]}}]} as unknown as DocumentNode<CompareScenariosQuery, CompareScenariosQueryVariables>;
export const PreviewUpliftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewUplift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewUpliftInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMetric"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totalsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUplift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"totalsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totalsOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"pointEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP10"}},{"kind":"Field","name":{"kind":"Name","value":"predictionP90"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialFit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"credentialOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"programOccupations"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PreviewUpliftQuery, PreviewUpliftQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"add"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removeEmbeddingIds"}}]}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const UpdateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"horizonYears"}},{"kind":"Field","name":{"kind":"Name","value":"draws"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assumptionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"add"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"takeUpRate"}},{"kind":"Field","name":{"kind":"Name","value":"displacesTuition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"creditBearing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removeEmbeddingIds"}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const DeleteScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"creditUnit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmbeddedCreditShare"}},{"kind":"Field","name":{"kind":"Name","value":"ectsPerCreditHour"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;