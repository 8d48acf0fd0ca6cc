/**
 * The global assumption sets (docs/MODEL.md §3 and §11): the sceptical default, and the report's two readings "as
 * stated", each parameter with the evidence it rests on (statistic keys from ./evidence) and a plain-language
 * rationale.
 *
 * Model v2 applies realised effects (log odds ratios) that may be exactly zero or negative. The default is
 * sceptical: the benchmarks of shared/reference/enrollment-benchmarks.md bound what one credential can do, so no
 * effect is as likely as some, and the typical effect is small. The survey's readings stay available "as stated":
 * each effect derived from the survey ratios and the intention–behaviour share of model v1 (src/model/v1.ts), the
 * derivation written in its rationale.
 */
import { conversionRationale, convertV1Specs, type V1Spec } from '../src/model/v1';
import type { AssumptionSeed, AssumptionSetSeed, Parameter, V1AssumptionSeed } from './types';

/**
 * Model v1's default set: the seed article's reading of the report's ratios, discounted by the intention–behaviour
 * share. Not a set any more: the "as stated" reading is derived from it, and a database whose default set still
 * holds its conversion (untouched) gets the sceptical default on start (src/db/seed.ts).
 */
export const v1SeedArticleReading: readonly V1AssumptionSeed[] = [
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
];

/** Inside Higher Ed's reading of the same report under model v1 (shared/reference/report-facts.md). */
const V1_IHE_OVERRIDES: Partial<Record<string, V1AssumptionSeed>> = {
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

export const v1InsideHigherEdReading: readonly V1AssumptionSeed[] = v1SeedArticleReading.map(
  (a) => V1_IHE_OVERRIDES[a.parameter] ?? a,
);

const SHARED_PARAMETERS: readonly Parameter[] = ['NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'];

/**
 * The hour scale of an offer's dose, d = 1 − exp(−hours / OFFER_HOURS_SCALE) (docs/MODEL.md §4): the same in every
 * global set, since it is judgement and no reading of the survey speaks to it.
 */
export const offerHoursScaleSeed: AssumptionSeed = {
  parameter: 'OFFER_HOURS_SCALE',
  low: 45,
  mode: 135,
  high: 270,
  distribution: 'PERT',
  evidenceKeys: [],
  rationale:
    'Judgement, no direct evidence: no study measures how an offer grows with its size, so a credential of h learning hours is taken as a ' +
    'dose 1 − exp(−h / scale) of a full offer. At 135 hours a 3-credit course (3 × 45 hours of class and study) is ' +
    'about two thirds of a full offer, a 6-credit certificate 86%, a 12-credit one 98% and a 1.5-hour module about 1%, ' +
    "since the survey's micro-credential is a certificate of several courses rather than a short module. The low end, " +
    '45 hours, makes even one credit 63% of an offer; the high end, 270, makes a 6-credit certificate only 63%.',
};

/** The share of gained entrants diverted from the institution's own programs (docs/MODEL.md §4): judgement. */
export const diversionShareSeed: AssumptionSeed = {
  parameter: 'DIVERSION_SHARE',
  low: 0,
  mode: 0.25,
  high: 0.6,
  distribution: 'PERT',
  evidenceKeys: [],
  rationale:
    'Judgement, no direct evidence: no study of micro-credentials measures it; of the entrants a program gains (or loses) by a change, ' +
    'this share would otherwise have enrolled (or stays) in another of your programs, so it is no gain (or loss) to ' +
    'the institution. About a quarter is most likely, since many applicants apply to several programs of one ' +
    'institution and undecided students switch majors in their first year; it is 0 only when every gained entrant is ' +
    'new to you, and up to 0.6 when programs close to each other all add the same credential. Set it from your own ' +
    "data: the share of the program's admitted applicants who also applied to another of your programs, or the " +
    'first-year major-switching rate into it.',
};

/**
 * How much of its offer a credential keeps in a program none of whose occupations it serves (docs/MODEL.md §4.6):
 * judgement, the same in every global set.
 */
export const relevanceFloorSeed: AssumptionSeed = {
  parameter: 'RELEVANCE_FLOOR',
  low: 0,
  mode: 0.2,
  high: 0.5,
  distribution: 'PERT',
  evidenceKeys: [],
  rationale:
    'Judgement, no direct evidence: no study measures how the pull of a credential depends on its fit to a degree, ' +
    "so its offer is scaled by this floor plus (1 − floor) times the share of the credential's occupations that the " +
    'program leads to (CIP–SOC crosswalk), and a cloud certificate offered to psychology prospects keeps only the floor. ' +
    'About a fifth is most likely, since a recognised credential still signals skill or a second career in mind; 0 ' +
    'says an unrelated credential adds nothing, 0.5 that it keeps half its pull, and where either side has no ' +
    'occupations the relevance is unknown and counts as full, with a warning.',
};

/** A v1 reading's assumptions as v2 specs, for the conversion (src/model/v1.ts). */
export function v1Specs(reading: readonly V1AssumptionSeed[]): V1Spec[] {
  return reading.map((a) => ({
    parameter: a.parameter,
    low: a.low,
    mode: a.mode,
    high: a.high,
    distribution: a.distribution,
  }));
}

/**
 * A v1 reading "as stated": each effect converted from the survey ratio, the realisation share and (for retention)
 * the pass-through, the derivation and the inputs' own reasons in its rationale, the inputs' evidence linked; the
 * other parameters as the reading had them.
 */
function asStated(reading: readonly V1AssumptionSeed[]): AssumptionSeed[] {
  const specs = v1Specs(reading);
  const effects = convertV1Specs(specs).map((c): AssumptionSeed => {
    const inputs = c.from.map((p) => reading.find((a) => a.parameter === p) as V1AssumptionSeed);
    return {
      parameter: c.parameter,
      low: c.low,
      mode: c.mode,
      high: c.high,
      distribution: c.distribution as AssumptionSeed['distribution'],
      zeroMass: 0,
      evidenceKeys: [...new Set(inputs.flatMap((a) => a.evidenceKeys))],
      rationale:
        'As stated by the survey, not a sceptical reading: this effect takes the survey ratio at its word and ' +
        'discounts it only by the intention–behaviour share. ' +
        conversionRationale(c, specs) +
        ' Why the inputs: ' +
        inputs.map((a) => `${a.parameter}: ${a.rationale}`).join(' '),
    };
  });
  return [
    ...effects,
    ...SHARED_PARAMETERS.map((p) => reading.find((a) => a.parameter === p) as AssumptionSeed),
    offerHoursScaleSeed,
    diversionShareSeed,
    relevanceFloorSeed,
  ];
}

const shared = (p: Parameter): AssumptionSeed => v1SeedArticleReading.find((a) => a.parameter === p) as AssumptionSeed;

/** ln(1.05): odds ×1.05, the centre of the continuous part of the sceptical enrollment effect. */
const LN_1_05 = Math.log(1.05);
const LN_1_10 = Math.log(1.1);

/** A NORMAL centred on `mean` with standard deviation `sd` in the three-number form: low/high at ±3 sd. */
function normal(mean: number, sd: number): Pick<AssumptionSeed, 'low' | 'mode' | 'high' | 'distribution'> {
  return { low: mean - 3 * sd, mode: mean, high: mean + 3 * sd, distribution: 'NORMAL' };
}

const BENCHMARKS = [
  'tennessee_promise_freshman_increase',
  'grant_aid_attendance_per_1000',
  'summer_melt_share',
  'hypothetical_bias_median_ratio',
  'induced_intention_behaviour_pass_through',
];

export const defaultAssumptionSet: AssumptionSetSeed = {
  name: 'Sceptical default (external benchmarks)',
  conversion: 'ODDS',
  description:
    'The global default: a sceptical reading of the evidence. The survey behind "2.4 times as likely to enroll" ' +
    "is a vendor's opt-in survey of stated intent, and no causal study of embedding micro-credentials is known, " +
    'so each effect is as likely to be exactly zero as not, may be harmful, and is small when it is there: one ' +
    "6-credit elective may not, at its median, raise a program's entrants by more than free community college " +
    "raised Tennessee's freshman class (+10.1%). Only your own results (calibration) can move it far. The survey's " +
    'readings "as stated" are the other global sets.',
  assumptions: [
    {
      parameter: 'ENROLLMENT_EFFECT',
      ...normal(LN_1_05, 0.1),
      zeroMass: 0.5,
      evidenceKeys: [...BENCHMARKS, 'students_enrollment_ratio'],
      rationale:
        'A realised log odds ratio of enrolling when a program offers a full-size credential. No effect at all has ' +
        'probability one half: the only evidence of an effect is stated intent in an opt-in vendor survey, and ' +
        'stated answers overstate behaviour (median hypothetical/actual ratio 1.35; an induced change of intention ' +
        'shows up as about 55% of itself in behaviour; about 10% of committed, admitted students never enroll). ' +
        'When there is an effect it is centred on odds ×1.05 (ln 1.05) with a standard deviation of 0.10, so it may ' +
        'be harmful (a credential can displace program credits or signal a less rigorous degree) and is rarely ' +
        "large: free community college, a far bigger change than one credential, raised Tennessee's freshman class " +
        "by 10.1%, and $1,000 of grant aid moves attendance by 3–4 points. The survey's 2.4 is linked as the " +
        'claim this prior is sceptical of.',
    },
    {
      parameter: 'ENGAGEMENT_EFFECT',
      ...normal(LN_1_10, 0.1),
      zeroMass: 0.5,
      evidenceKeys: [
        'students_engagement_ratio',
        'hypothetical_bias_median_ratio',
        'induced_intention_behaviour_pass_through',
        'intenders_who_act',
      ],
      rationale:
        'A realised log odds ratio of engagement for a student who takes a full-size credential. The survey says ' +
        'students are "twice as likely to stay engaged", as stated intent; a student who actually takes a ' +
        'credential is more directly touched by it than a prospect is by a line in a brochure, so the continuous ' +
        "part is centred a little higher than enrollment's, on odds ×1.10 (ln 1.10), standard deviation 0.10. No " +
        'effect at all has probability one half, for the same reasons as enrollment: stated intent overstates ' +
        'behaviour, and no observed effect is known.',
    },
    {
      parameter: 'RETENTION_EFFECT',
      ...normal(LN_1_05, 0.08),
      zeroMass: 0.5,
      evidenceKeys: ['leaders_2024_support_retention', 'stackable_credentials_employment_gain'],
      rationale:
        'A realised log odds ratio of annual retention for a student who takes a full-size credential. There is no ' +
        'measured retention effect: the only figure is an opinion (80% of higher-education leaders agree ' +
        'micro-credentials can support retention), and the closest causal evidence on short credentials inside ' +
        'degree pathways finds small labour-market returns at best and elsewhere none. So no effect at all has ' +
        'probability one half, and otherwise odds ×1.05 (ln 1.05) with a standard deviation of 0.08.',
    },
    shared('NON_CREDIT_EFFECT_SHARE'),
    shared('ELECTIVE_TAKE_UP'),
    shared('AWARENESS_RAMP_YEARS'),
    offerHoursScaleSeed,
    diversionShareSeed,
    relevanceFloorSeed,
  ],
};

export const seedArticleAssumptionSet: AssumptionSetSeed = {
  name: 'Seed article reading, as stated (Micro-Credentials Impact Report 2025)',
  conversion: 'ODDS',
  description:
    "Coursera's Micro-Credentials Impact Report 2025 as the seed article reads it, taken at its word: students are " +
    '2.0 times as likely to stay engaged and 2.4 times as likely to enroll, discounted only by the share of stated ' +
    'intent that becomes behaviour (about half). No effect is only the edge of each range, never a real possibility, and harm is excluded. Use it to see ' +
    'what the survey claims, beside the sceptical default.',
  assumptions: asStated(v1SeedArticleReading),
};

export const insideHigherEdAssumptionSet: AssumptionSetSeed = {
  name: 'Inside Higher Ed reading',
  conversion: 'ODDS',
  description:
    'The Micro-Credentials Impact Report 2025 as Inside Higher Ed reads it, taken at its word: students are 2.0 ' +
    'times as likely to enroll in a program that includes a micro-credential and 2.4 times as likely if it carries ' +
    'academic credit, discounted only by the share of stated intent that becomes behaviour. That reading gives no ' +
    'engagement ratio, so the ratio behind the engagement effect is a wide range of judgement (only the share of ' +
    'intent that becomes behaviour, which discounts it, rests on evidence). Run the same what-if on this set, the seed ' +
    "article's and the sceptical default to compare the readings.",
  assumptions: asStated(v1InsideHigherEdReading),
};

/** Every GLOBAL set, the default first; the seeds create a missing one by name on every start. */
export const globalAssumptionSets: readonly AssumptionSetSeed[] = [
  defaultAssumptionSet,
  seedArticleAssumptionSet,
  insideHigherEdAssumptionSet,
];

/** The default set's name and description under model v1: an untouched v1 default is renamed on start. */
export const v1DefaultSetName = 'Default (Micro-Credentials Impact Report 2025)';

/**
 * The issue-9 realisation share, replaced before model v2: a database whose v1 default still held it was converted
 * from it, and is recognised as untouched too.
 */
export const v1SupersededRealisation: V1AssumptionSeed = {
  parameter: 'INTENT_REALISATION',
  low: 0.25,
  mode: 0.5,
  high: 0.75,
  distribution: 'PERT',
  evidenceKeys: [],
  rationale: '',
};
