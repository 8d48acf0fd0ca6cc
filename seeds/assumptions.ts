/**
 * The global assumption sets: the default (the seed article's reading of the report) and the Inside
 * Higher Ed reading, with the model parameters of docs/MODEL.md, each with the evidence it rests on
 * (statistic keys from ./evidence) and a plain-language rationale.
 *
 * Low ends of the two ratios halve the excess over 1 (2.0 → 1.5, 2.4 → 1.7): a deliberate
 * discount for self-selection in opt-in survey data.
 */
import type { AssumptionSeed, AssumptionSetSeed, Parameter } from './types';

export const defaultAssumptionSet: AssumptionSetSeed = {
  name: 'Default (Micro-Credentials Impact Report 2025)',
  conversion: 'ODDS',
  description:
    "Global default parameters built from Coursera's Micro-Credentials Impact Report 2025 (and " +
    'its 2024 edition). The report gives ratios of stated intent from voluntary surveys, so the ' +
    'ratios are applied to odds (every rate stays between 0 and 1), discounted for the gap ' +
    'between intent and behaviour, and given wide ranges. Parameters without direct evidence say so.',
  assumptions: [
    {
      parameter: 'ENGAGEMENT_RATIO',
      low: 1.5,
      mode: 2.0,
      high: 2.0,
      distribution: 'PERT',
      evidenceKeys: ['students_engagement_ratio', 'leaders_engagement_and_satisfaction'],
      rationale:
        'Students say they are twice as likely to stay engaged in a program that includes ' +
        'micro-credentials, so 2.0 is both the most likely value and the ceiling. The low end, ' +
        '1.5, halves the excess over 1 because people who answer a voluntary survey about ' +
        'micro-credentials are likely keener on them than typical students (self-selection); ' +
        'Inside Higher Ed reads the 2.0 as an enrollment ratio instead, which is recorded on the statistic.',
    },
    {
      parameter: 'ENROLLMENT_RATIO',
      low: 1.7,
      mode: 2.4,
      high: 2.4,
      distribution: 'PERT',
      evidenceKeys: ['students_enrollment_ratio', 'students_engagement_ratio', 'leaders_programs_more_attractive'],
      rationale:
        'Students say they are 2.4 times as likely to enroll in a degree program that includes ' +
        '(credit-bearing) micro-credentials, so 2.4 is the most likely value and the ceiling. The ' +
        'low end, 1.7, halves the excess over 1 to allow for self-selection in survey answers; ' +
        "under Inside Higher Ed's reading of the same report, 2.0 applies to any micro-credential " +
        'and 2.4 only to credit-bearing ones, which is why the 2.0 statistic is linked too.',
    },
    {
      parameter: 'INTENT_REALISATION',
      // Low 0 admits no behavioural effect at all (issue 9; shared/reference/intention-behaviour.md).
      low: 0,
      mode: 0.5,
      high: 0.75,
      distribution: 'PERT',
      evidenceKeys: [
        'intenders_who_act',
        'intentions_behaviour_variance_explained',
        'students_engagement_ratio',
        'students_enrollment_ratio',
      ],
      rationale:
        'The survey measures what students say they would do; in the intention–behaviour literature people act ' +
        'on their intentions roughly half of the time and intentions explain about 28% of the variance in ' +
        "behaviour (Sheeran 2002; Sheeran & Webb 2016), so the mode is half of each ratio's excess over 1, with " +
        'three quarters as the ceiling. The low end is 0, no behavioural effect at all, because the respondents ' +
        "chose to answer a survey about micro-credentials and need not resemble an institution's prospects: the " +
        'survey cannot exclude that their intentions never show up in those prospects, and only the ' +
        "institution's own results can narrow this (calibration).",
    },
    {
      parameter: 'RETENTION_PASS_THROUGH',
      low: 0,
      mode: 0.5,
      high: 1,
      distribution: 'UNIFORM',
      evidenceKeys: ['leaders_2024_support_retention'],
      rationale:
        'There is no direct evidence that micro-credentials change retention: the only related ' +
        'figure is that 80% of higher-education leaders (2024 survey) agree they can support ' +
        'retention, which is an opinion, not a measured effect. The model therefore lets anywhere ' +
        'from none to all of the engagement effect carry into retention, with every value equally ' +
        'likely (a uniform distribution, because nothing favours the middle); 0.5 is only the ' +
        'midpoint used for single-number estimates.',
    },
    {
      parameter: 'NON_CREDIT_EFFECT_SHARE',
      low: 0.25,
      mode: 0.5,
      high: 0.75,
      distribution: 'PERT',
      evidenceKeys: [
        'students_desire_credit_bearing_credentials',
        'holders_with_credit_bearing_credential',
        'students_enrollment_ratio',
      ],
      rationale:
        'The report does not measure non-credit credentials separately, but students clearly value ' +
        'credit (94% want credentials that count toward a degree, while only 41% of holders have ' +
        'one), so a non-credit credential is assumed to keep about half of the effect. Inside ' +
        "Higher Ed's reading (2.0 for any micro-credential vs 2.4 with credit) would imply about " +
        'seven tenths, within the range.',
    },
    {
      parameter: 'ELECTIVE_TAKE_UP',
      low: 0.1,
      mode: 0.3,
      high: 0.6,
      distribution: 'PERT',
      evidenceKeys: ['students_desire_credit_bearing_credentials', 'holders_with_credit_bearing_credential'],
      rationale:
        'There is no direct evidence on how many students choose an optional embedded credential. ' +
        'Stated interest is very high (94%) but only 41% of existing holders have a credit-bearing ' +
        'one, so the model assumes about 3 in 10 students take an elective or add-on credential ' +
        '(between 1 and 6 in 10), well below stated interest.',
    },
    {
      parameter: 'AWARENESS_RAMP_YEARS',
      low: 1,
      mode: 2,
      high: 3,
      distribution: 'PERT',
      evidenceKeys: [],
      rationale:
        'No direct evidence: this is a planning judgement. Prospective students are assumed to need ' +
        'about two recruitment cycles (between one and three years) before a new credential offer ' +
        'has its full effect on applications.',
    },
  ],
};

/**
 * Inside Higher Ed's reading of the same report (shared/reference/report-facts.md): 2.0× enrollment for a
 * program with a micro-credential, 2.4× if it carries credit, and no engagement ratio. A second GLOBAL set,
 * never the default; parameters the reading does not touch are the default set's, evidence included.
 */
const IHE_OVERRIDES: Partial<Record<Parameter, AssumptionSeed>> = {
  ENGAGEMENT_RATIO: {
    parameter: 'ENGAGEMENT_RATIO',
    low: 1,
    mode: 1.5,
    high: 2,
    distribution: 'UNIFORM',
    evidenceKeys: [],
    rationale:
      "No direct evidence under this reading: Inside Higher Ed reads both of the report's ratios as enrollment, " +
      'so the report says nothing about engagement. The range runs from no effect (1.0) to the 2.0 the seed ' +
      'article reads as engagement, every value equally likely; 1.5 is only the midpoint used for single-number ' +
      'estimates.',
  },
  ENROLLMENT_RATIO: {
    parameter: 'ENROLLMENT_RATIO',
    low: 1.7,
    mode: 2.4,
    high: 2.4,
    distribution: 'PERT',
    evidenceKeys: ['students_enrollment_ratio_credit_bearing_ihe', 'students_enrollment_ratio'],
    rationale:
      'Inside Higher Ed reports students as 2.4 times as likely to enroll in a program whose micro-credential ' +
      'carries academic credit, so 2.4 is the most likely value and the ceiling for a credit-bearing ' +
      'credential. The low end, 1.7, halves the excess over 1 to allow for self-selection in survey answers.',
  },
  NON_CREDIT_EFFECT_SHARE: {
    parameter: 'NON_CREDIT_EFFECT_SHARE',
    low: 0.5,
    mode: (2.0 - 1) / (2.4 - 1),
    high: 0.8,
    distribution: 'PERT',
    evidenceKeys: ['students_enrollment_ratio_any_credential_ihe', 'students_enrollment_ratio_credit_bearing_ihe'],
    rationale:
      'Under this reading a micro-credential without credit gives 2.0× and one with credit 2.4×, so a non-credit ' +
      'credential keeps (2.0 − 1)/(2.4 − 1) ≈ 0.71 of the effect. The high end, 0.8, allows for the rounding of ' +
      "both figures; the low end, 0.5 (the default set's mode), for the 2.0 also counting programs whose " +
      'micro-credential carries credit, which would make the non-credit share smaller.',
  },
};

export const insideHigherEdAssumptionSet: AssumptionSetSeed = {
  name: 'Inside Higher Ed reading',
  conversion: 'ODDS',
  description:
    'The Micro-Credentials Impact Report 2025 as Inside Higher Ed reads it: students are 2.0 times as likely ' +
    'to enroll in a program that includes a micro-credential and 2.4 times as likely if it carries academic ' +
    'credit. That reading gives no engagement ratio, so engagement gets a wide range without evidence; the ' +
    'other parameters are those of the default set. Run the same what-if on both sets to compare the readings.',
  assumptions: defaultAssumptionSet.assumptions.map((a) => IHE_OVERRIDES[a.parameter] ?? a),
};

/** Every GLOBAL set, the default first; the seeds create a missing one by name on every start. */
export const globalAssumptionSets: readonly AssumptionSetSeed[] = [defaultAssumptionSet, insideHigherEdAssumptionSet];

/**
 * Values an earlier seed gave the default set and this one replaces. A database whose default set still
 * holds one, values and rationale unchanged, gets the current seed's assumption on start; one the platform
 * admin has edited keeps its own.
 */
export const supersededDefaultAssumptions: readonly AssumptionSeed[] = [
  {
    // Until issue 9: a prior that never allowed "no effect".
    parameter: 'INTENT_REALISATION',
    low: 0.25,
    mode: 0.5,
    high: 0.75,
    distribution: 'PERT',
    evidenceKeys: [
      'students_engagement_ratio',
      'students_enrollment_ratio',
      'students_desire_credit_bearing_credentials',
    ],
    rationale:
      'The survey measures what students say they would do, not what they did, and stated ' +
      'intentions usually overstate behaviour. There is no direct evidence on how much of the ' +
      'stated effect turns into real enrollment and engagement, so the model assumes half ' +
      "(somewhere between a quarter and three quarters) of each ratio's excess over 1.",
  },
];
