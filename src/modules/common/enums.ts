import { registerEnumType } from 'type-graphql';
import { Role } from '../../auth/role';

export { Role };
export enum CreditUnit {
  US_CREDIT_HOUR = 'US_CREDIT_HOUR',
  ECTS = 'ECTS',
  UK_CATS = 'UK_CATS',
}
export enum ProgramLevel {
  CERTIFICATE = 'CERTIFICATE',
  ASSOCIATE = 'ASSOCIATE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}
export enum Modality {
  ON_CAMPUS = 'ON_CAMPUS',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
export enum ProgramStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
export enum CreditRecognition {
  NONE = 'NONE',
  INSTITUTION = 'INSTITUTION',
  ACE_RECOMMENDED = 'ACE_RECOMMENDED',
  ECTS_ACCREDITED = 'ECTS_ACCREDITED',
}
export enum RequirementType {
  CORE = 'CORE',
  ELECTIVE = 'ELECTIVE',
  ADD_ON = 'ADD_ON',
}
export enum EmbeddingStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
export enum StatisticKind {
  SHARE = 'SHARE',
  RATIO = 'RATIO',
}
export enum Distribution {
  FIXED = 'FIXED',
  UNIFORM = 'UNIFORM',
  TRIANGULAR = 'TRIANGULAR',
  PERT = 'PERT',
  NORMAL = 'NORMAL',
  EMPIRICAL = 'EMPIRICAL',
}
export enum UpliftConversion {
  ODDS = 'ODDS',
  RISK_CAPPED = 'RISK_CAPPED',
}
export enum AssumptionSetKind {
  GLOBAL = 'GLOBAL',
  CUSTOM = 'CUSTOM',
  CALIBRATED = 'CALIBRATED',
}
export enum ModelParameter {
  ENROLLMENT_EFFECT = 'ENROLLMENT_EFFECT',
  ENGAGEMENT_EFFECT = 'ENGAGEMENT_EFFECT',
  RETENTION_EFFECT = 'RETENTION_EFFECT',
  ENGAGEMENT_RATIO = 'ENGAGEMENT_RATIO',
  ENROLLMENT_RATIO = 'ENROLLMENT_RATIO',
  INTENT_REALISATION = 'INTENT_REALISATION',
  RETENTION_PASS_THROUGH = 'RETENTION_PASS_THROUGH',
  NON_CREDIT_EFFECT_SHARE = 'NON_CREDIT_EFFECT_SHARE',
  ELECTIVE_TAKE_UP = 'ELECTIVE_TAKE_UP',
  AWARENESS_RAMP_YEARS = 'AWARENESS_RAMP_YEARS',
  DIVERSION_SHARE = 'DIVERSION_SHARE',
  OFFER_HOURS_SCALE = 'OFFER_HOURS_SCALE',
  RELEVANCE_FLOOR = 'RELEVANCE_FLOOR',
}
export enum ObservedMetric {
  PROSPECTS = 'PROSPECTS',
  NEW_ENROLLMENTS = 'NEW_ENROLLMENTS',
  ENGAGEMENT_RATE = 'ENGAGEMENT_RATE',
  RETENTION_RATE = 'RETENTION_RATE',
  COMPLETIONS = 'COMPLETIONS',
}
export enum OutcomeMetric {
  NEW_ENROLLMENTS = 'NEW_ENROLLMENTS',
  HEADCOUNT = 'HEADCOUNT',
  ENGAGEMENT_RATE = 'ENGAGEMENT_RATE',
  RETENTION_RATE = 'RETENTION_RATE',
  COMPLETIONS = 'COMPLETIONS',
  TUITION_REVENUE = 'TUITION_REVENUE',
  CREDENTIAL_COST = 'CREDENTIAL_COST',
  NET_REVENUE = 'NET_REVENUE',
  CONTRIBUTION_MARGIN = 'CONTRIBUTION_MARGIN',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do.',
  valuesConfig: {
    VIEWER: { description: "Read the institution's data, the shared catalog and the evidence." },
    PLANNER: {
      description: 'VIEWER, plus write programs, credentials, embeddings, assumption sets, scenarios and metrics.',
    },
    INSTITUTION_ADMIN: { description: "PLANNER, plus create and revoke the institution's API keys." },
    PLATFORM_ADMIN: {
      description:
        'The operator (UPLIFT_ADMIN_KEY): institutions, their keys, the shared catalog and the global evidence.',
    },
  },
});
registerEnumType(CreditUnit, {
  name: 'CreditUnit',
  description:
    "A unit of academic credit. Values convert through the institution's ectsPerCreditHour and 1 ECTS = 2 UK CATS.",
  valuesConfig: {
    US_CREDIT_HOUR: { description: 'US semester credit hour.' },
    ECTS: { description: 'European Credit Transfer and Accumulation System credit.' },
    UK_CATS: { description: 'UK Credit Accumulation and Transfer Scheme credit (2 CATS = 1 ECTS).' },
  },
});
registerEnumType(ProgramLevel, {
  name: 'ProgramLevel',
  description: 'Level of award a degree program leads to.',
  valuesConfig: {
    CERTIFICATE: { description: 'Undergraduate or graduate certificate.' },
    ASSOCIATE: { description: 'Associate degree.' },
    BACHELOR: { description: "Bachelor's degree." },
    MASTER: { description: "Master's degree." },
    DOCTORATE: { description: 'Doctoral degree.' },
  },
});
registerEnumType(Modality, {
  name: 'Modality',
  description: 'How a program is delivered.',
  valuesConfig: {
    ON_CAMPUS: { description: 'Taught in person.' },
    ONLINE: { description: 'Taught fully online.' },
    HYBRID: { description: 'A mix of in-person and online teaching.' },
  },
});
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'Lifecycle state of a program.',
  valuesConfig: {
    PLANNED: { description: 'Not yet enrolling.' },
    ACTIVE: { description: 'Enrolling students.' },
    ARCHIVED: { description: 'Closed to new students; kept for history.' },
  },
});
registerEnumType(CreditRecognition, {
  name: 'CreditRecognition',
  description: 'How a micro-credential is recognised for academic credit.',
  valuesConfig: {
    NONE: { description: 'Not recognised for credit.' },
    INSTITUTION: { description: 'Recognised by the institution itself.' },
    ACE_RECOMMENDED: { description: 'Credit recommended by the American Council on Education.' },
    ECTS_ACCREDITED: { description: 'Carries ECTS credit from an accredited European provider.' },
  },
});
registerEnumType(RequirementType, {
  name: 'RequirementType',
  description: 'How an embedded credential sits in a program.',
  valuesConfig: {
    CORE: { description: 'Every student takes it (take-up 1 unless overridden).' },
    ELECTIVE: { description: 'Students may choose it (take-up from ELECTIVE_TAKE_UP unless overridden).' },
    ADD_ON: { description: 'Offered alongside the program, outside its credits (take-up as for ELECTIVE).' },
  },
});
registerEnumType(EmbeddingStatus, {
  name: 'EmbeddingStatus',
  description: 'Lifecycle state of an embedding.',
  valuesConfig: {
    PLANNED: { description: 'Decided but not yet offered; counts toward the credit cap.' },
    ACTIVE: { description: 'Offered now; already reflected in the observed baseline.' },
    RETIRED: { description: 'No longer offered.' },
  },
});
registerEnumType(StatisticKind, {
  name: 'StatisticKind',
  description: 'What an evidence statistic measures.',
  valuesConfig: {
    SHARE: { description: 'A share of respondents, as a fraction from 0 to 1.' },
    RATIO: { description: 'A likelihood ratio (e.g. 2.4 times as likely).' },
  },
});
registerEnumType(Distribution, {
  name: 'Distribution',
  description: 'Probability distribution of an assumption between its low and high values.',
  valuesConfig: {
    FIXED: { description: 'Always the mode.' },
    UNIFORM: { description: 'Equally likely anywhere from low to high.' },
    TRIANGULAR: { description: 'Triangular with its peak at the mode.' },
    PERT: { description: 'Beta-PERT: smooth, concentrated around the mode.' },
    NORMAL: {
      description:
        'Normal with its mean at the mode and a standard deviation of (high − low)/6 (low and high about three ' +
        'standard deviations out), cut off at low and high. For effects that may be negative as well as positive.',
    },
    EMPIRICAL: {
      description:
        "A calibration's posterior sample, drawn jointly with the other parameters: low and high are the sample's " +
        'range, mode its median. Only calibrated sets use it; it cannot be set by hand.',
    },
  },
});
registerEnumType(UpliftConversion, {
  name: 'UpliftConversion',
  description: 'How a likelihood ratio is applied to a baseline rate.',
  valuesConfig: {
    ODDS: { description: 'Applied to the odds: R·p / (1 − p + R·p). Rates stay below 1 (default).' },
    RISK_CAPPED: { description: 'Applied to the rate and capped: min(R·p, 0.99).' },
  },
});
registerEnumType(AssumptionSetKind, {
  name: 'AssumptionSetKind',
  description: 'Where a set of assumptions comes from.',
  valuesConfig: {
    GLOBAL: { description: 'Platform-wide, built from the evidence; isDefault marks the one used when none is named.' },
    CUSTOM: { description: "An institution's copy of another set, with its own overrides." },
    CALIBRATED: { description: "Learnt from the institution's own results by a calibration; immutable." },
  },
});
registerEnumType(ModelParameter, {
  name: 'ModelParameter',
  description:
    'A parameter of the uplift model (docs/MODEL.md §3). The three *_EFFECT parameters are what the model applies; ' +
    'the four v1 parameters (ratios of stated intent and how much of them is realised) are kept for the derivation ' +
    'of the "as stated" readings and for calibrations made before model v2, and cannot be set.',
  valuesConfig: {
    ENROLLMENT_EFFECT: {
      description:
        'Realised log odds ratio of a prospect enrolling, for a full-strength offer: 0 = no effect, ' +
        'ln 1.1 ≈ 0.095 = odds ×1.1, negative = harm. May be exactly 0 with probability zeroMass.',
    },
    ENGAGEMENT_EFFECT: {
      description:
        'Realised log odds ratio of engagement for a student who takes a full-size credential (0 = no effect, negative = harm).',
    },
    RETENTION_EFFECT: {
      description:
        'Realised log odds ratio of annual retention for a student who takes a full-size credential (0 = no effect, negative = harm).',
    },
    ENGAGEMENT_RATIO: {
      description: 'Model v1, not applied: stated engagement likelihood ratio, exposed vs not exposed students.',
    },
    ENROLLMENT_RATIO: {
      description: 'Model v1, not applied: stated enrollment likelihood ratio for a program offering credentials.',
    },
    INTENT_REALISATION: {
      description: 'Model v1, not applied: share of a stated-intent effect that becomes behaviour.',
    },
    RETENTION_PASS_THROUGH: {
      description: 'Model v1, not applied: share of the engagement effect that carries into retention.',
    },
    NON_CREDIT_EFFECT_SHARE: { description: 'Share of the effect that a non-credit credential keeps.' },
    ELECTIVE_TAKE_UP: { description: 'Share of students who take an ELECTIVE or ADD_ON embedded credential.' },
    AWARENESS_RAMP_YEARS: { description: 'Years until prospects fully know of the offer.' },
    DIVERSION_SHARE: {
      description:
        "Share of the entrants a change gains (or loses) who would otherwise enrol (or stay) in another of the institution's programs; projections report the institution's net effect.",
    },
    OFFER_HOURS_SCALE: {
      description:
        "Learning hours that make a credential about 63% of a full offer: its dose is 1 − exp(−hours / OFFER_HOURS_SCALE), hours = credits × hours per credit (US credit hour 45, ECTS 27.5, UK CATS 10) or the credential's learningHours.",
    },
    RELEVANCE_FLOOR: {
      description:
        "Share of its offer a credential keeps in a program none of whose occupations it is aligned to: the offer is scaled by RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR) × relevance, relevance being the share of the credential's occupations the program leads to (1 when unknown).",
    },
  },
});
registerEnumType(ObservedMetric, {
  name: 'ObservedMetric',
  description: 'A metric recorded as an actual for a program and academic year.',
  valuesConfig: {
    PROSPECTS: { description: 'Applicants or qualified inquiries (count).' },
    NEW_ENROLLMENTS: { description: 'New entrants (count).' },
    ENGAGEMENT_RATE: { description: 'Share of students meeting the engagement definition (0–1).' },
    RETENTION_RATE: { description: 'Annual continuation rate (0–1).' },
    COMPLETIONS: { description: 'Awards conferred (count).' },
  },
});
registerEnumType(OutcomeMetric, {
  name: 'OutcomeMetric',
  description: 'An outcome the uplift model projects, per program and year.',
  valuesConfig: {
    NEW_ENROLLMENTS: { description: 'New entrants in the year.' },
    HEADCOUNT: { description: 'Students enrolled across all cohorts present.' },
    ENGAGEMENT_RATE: { description: 'Engagement rate, headcount-weighted over cohorts (0–1).' },
    RETENTION_RATE: { description: 'Annual continuation rate, headcount-weighted over cohorts (0–1).' },
    COMPLETIONS: { description: 'Students completing the program in the year.' },
    TUITION_REVENUE: { description: 'Tuition, net of credits displaced by embedded credentials.' },
    CREDENTIAL_COST: { description: 'Per-learner credential costs, plus setup costs of added credentials in year 1.' },
    NET_REVENUE: {
      description:
        'TUITION_REVENUE − CREDENTIAL_COST: gross of institutional aid and of the cost of teaching, so not a margin (see CONTRIBUTION_MARGIN).',
    },
    CONTRIBUTION_MARGIN: {
      description:
        'Tuition net of institutional aid, minus marginal instructional cost, minus credential cost: TUITION_REVENUE × (1 − discountRate) − credits taught × instructionalCostPerCredit − CREDENTIAL_COST.',
    },
  },
});
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});
