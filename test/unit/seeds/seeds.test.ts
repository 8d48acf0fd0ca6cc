/**
 * Checks on the seed data (seeds/): every figure of the seed article is an evidence statistic, the
 * intention–behaviour literature and the external enrollment benchmarks are sources with their figures, the
 * default assumption set is model v2's sceptical prior (effects NORMAL with half of their mass at exactly zero,
 * linked to the benchmarks) and passes a prior predictive check, the survey's readings "as stated" are derived
 * from model v1's readings by the conversion (src/model/v1.ts), and the demo university obeys the domain rules
 * (credit conversion, the embedded-credit cap, metric consistency).
 */
import {
  defaultAssumptionSet,
  globalAssumptionSets,
  insideHigherEdAssumptionSet,
  seedArticleAssumptionSet,
  v1DefaultSetName,
  v1InsideHigherEdReading,
  v1SeedArticleReading,
  v1Specs,
  v1SupersededRealisation,
} from '../../../seeds/assumptions';
import { demo } from '../../../seeds/demo';
import { evidenceSources } from '../../../seeds/evidence';
import type {
  AssumptionSetSeed,
  CredentialSeed,
  CreditUnit,
  EvidenceStatisticSeed,
  V1AssumptionSeed,
} from '../../../seeds/types';
import {
  EFFECT_PARAMETERS,
  PARAMETERS,
  pointValue,
  simulate,
  validateAssumption,
  type AssumptionSpec,
  type ProgramModelInput,
  type SummaryRow,
} from '../../../src/model';
import { normalSd } from '../../../src/model/distributions';
import { conversionRationale, convertV1Specs } from '../../../src/model/v1';
import { capacityProblem } from '../../../src/modules/program/degree-program.rules';

const allStatistics: EvidenceStatisticSeed[] = evidenceSources.flatMap((s) => s.statistics);
const statByKey = new Map(allStatistics.map((s) => [s.key, s]));
const source2025 = evidenceSources.find((s) => s.year === 2025 && s.publisher === 'Coursera');
const source2024 = evidenceSources.find((s) => s.year === 2024 && s.publisher === 'Coursera');

/** Every figure of the seed article: key, value, kind, population, and a token its quote must contain. */
const ARTICLE_FIGURES: Array<[string, number, 'SHARE' | 'RATIO', string, string]> = [
  ['students_improved_job_prospects', 0.85, 'SHARE', 'STUDENTS', '85%'],
  ['students_more_prepared_for_workplace', 0.91, 'SHARE', 'STUDENTS', '91%'],
  ['employers_credential_enhances_application', 0.96, 'SHARE', 'EMPLOYERS', '96%'],
  ['employers_willing_higher_starting_salary', 0.9, 'SHARE', 'EMPLOYERS', '90%'],
  ['employers_hired_credential_holder', 0.87, 'SHARE', 'EMPLOYERS', '87%'],
  ['students_engagement_ratio', 2.0, 'RATIO', 'STUDENTS', 'twice as likely'],
  ['students_enrollment_ratio', 2.4, 'RATIO', 'STUDENTS', '2.4 times'],
  ['students_desire_credit_bearing_credentials', 0.94, 'SHARE', 'STUDENTS', '94%'],
  ['holders_with_credit_bearing_credential', 0.41, 'SHARE', 'CREDENTIAL_HOLDERS', '41%'],
  ['students_increased_self_assurance', 0.8, 'SHARE', 'STUDENTS', 'nearly 80%'],
  ['students_credential_helped_secure_internship', 1 / 3, 'SHARE', 'STUDENTS', 'one in three'],
  ['leaders_engagement_and_satisfaction', 0.9, 'SHARE', 'HIGHER_ED_LEADERS', 'nearly 90%'],
  ['leaders_programs_more_attractive', 0.75, 'SHARE', 'HIGHER_ED_LEADERS', '75%'],
  ['entry_level_received_raise', 0.28, 'SHARE', 'ENTRY_LEVEL_EMPLOYEES', '28%'],
  ['entry_level_earned_promotion', 0.21, 'SHARE', 'ENTRY_LEVEL_EMPLOYEES', '21%'],
  ['genai_holders_productivity_increased', 0.7, 'SHARE', 'ENTRY_LEVEL_EMPLOYEES', '70%'],
  ['genai_holders_stronger_problem_solving', 0.6, 'SHARE', 'ENTRY_LEVEL_EMPLOYEES', 'more than 60%'],
  ['entry_level_improved_job_performance', 0.8, 'SHARE', 'ENTRY_LEVEL_EMPLOYEES', '80%'],
];

/**
 * The external benchmarks of the sceptical prior (shared/reference/enrollment-benchmarks.md): source key, year,
 * its one statistic's key, value, kind, population, and a token its quote must contain.
 */
const BENCHMARKS: Array<[string, number, string, number, 'SHARE' | 'RATIO', string, string]> = [
  [
    'thec_tennessee_promise_enrollment_2015',
    2015,
    'tennessee_promise_freshman_increase',
    1.101,
    'RATIO',
    'COLLEGE_ENTRANTS',
    '+10.1%',
  ],
  [
    'dynarski_deming_grant_aid',
    2009,
    'grant_aid_attendance_per_1000',
    0.035,
    'SHARE',
    'COLLEGE_ENTRANTS',
    '3–4 percentage points',
  ],
  [
    'webb_sheeran_2006_changing_intentions',
    2006,
    'induced_intention_behaviour_pass_through',
    0.55,
    'SHARE',
    'RESEARCH_PARTICIPANTS',
    '55% pass-through',
  ],
  [
    'castleman_page_2014_summer_melt',
    2014,
    'summer_melt_share',
    0.1,
    'SHARE',
    'COLLEGE_ENTRANTS',
    'about 10% nationally',
  ],
  [
    'murphy_et_al_2005_hypothetical_bias',
    2005,
    'hypothetical_bias_median_ratio',
    1.35,
    'RATIO',
    'RESEARCH_PARTICIPANTS',
    'median hypothetical/actual ratio 1.35',
  ],
  [
    'stackable_credentials_returns',
    2020,
    'stackable_credentials_employment_gain',
    0.04,
    'SHARE',
    'CREDENTIAL_HOLDERS',
    '+4 pp employment',
  ],
];
const BENCHMARK_STATISTICS = BENCHMARKS.map((b) => b[2]);

/** Model v1's default (the seed article's reading), as docs/MODEL.md gave it: parameter → [mode, low, high]. */
const V1_DESIGN_PARAMETERS: Record<string, [number, number, number]> = {
  ENGAGEMENT_RATIO: [2.0, 1.5, 2.0],
  ENROLLMENT_RATIO: [2.4, 1.7, 2.4],
  INTENT_REALISATION: [0.5, 0, 0.75],
  RETENTION_PASS_THROUGH: [0.5, 0, 1],
  NON_CREDIT_EFFECT_SHARE: [0.5, 0.25, 0.75],
  ELECTIVE_TAKE_UP: [0.3, 0.1, 0.6],
  AWARENESS_RAMP_YEARS: [2, 1, 3],
};

/** The sceptical default's effects: the centre (ln of an odds ratio) and standard deviation of the NORMAL part. */
const SCEPTICAL_EFFECTS: Record<(typeof EFFECT_PARAMETERS)[number], { mean: number; sd: number }> = {
  ENROLLMENT_EFFECT: { mean: Math.log(1.05), sd: 0.1 },
  ENGAGEMENT_EFFECT: { mean: Math.log(1.1), sd: 0.1 },
  RETENTION_EFFECT: { mean: Math.log(1.05), sd: 0.08 },
};

const SHARED_PARAMETERS = ['NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'] as const;

const round4 = (x: number): number => Math.round(x * 10000) / 10000;
const countSentences = (text: string): number =>
  text
    .trim()
    .split(/[.!?](?:\s+(?=[A-Z(])|\s*$)/)
    .filter((s) => s.trim()).length;

function toUsCreditHours(value: number, unit: CreditUnit, ectsPerCreditHour: number): number {
  switch (unit) {
    case 'US_CREDIT_HOUR':
      return value;
    case 'ECTS':
      return value / ectsPerCreditHour;
    case 'UK_CATS':
      return value / 2 / ectsPerCreditHour;
  }
}
const isCreditBearing = (c: CredentialSeed): boolean =>
  c.creditRecognition !== 'NONE' && c.creditValue !== undefined && c.creditValue > 0 && c.creditUnit !== undefined;

/** A seed set's assumptions as the model reads them. */
const specsOf = (set: AssumptionSetSeed): AssumptionSpec[] =>
  set.assumptions.map(({ parameter, low, mode, high, distribution, zeroMass }) => ({
    parameter,
    low,
    mode,
    high,
    distribution,
    zeroMass: zeroMass ?? 0,
  }));

/**
 * Prior predictive check: one 6-credit credit-bearing ELECTIVE added to a 4-year program that converts 10% of its
 * 2,000 prospects (200 entrants a year) and has no credential today; the year-5 entrants (the awareness ramp over)
 * under a set's prior, from 4,000 draws.
 */
function year5Entrants(set: AssumptionSetSeed): SummaryRow {
  const program: ProgramModelInput = {
    id: 'check',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 400,
    annualProspects: 2_000,
    annualNewEnrollments: 200,
    engagementRate: 0.7,
    retentionRate: 0.85,
    prospectGrowthRate: 0,
    current: [],
    scenario: [
      {
        creditBearing: true,
        creditsApplied: 6,
        hours: 6 * 45,
        requirement: 'ELECTIVE',
        displacesTuition: false,
        costPerLearner: 0,
        setupCost: 0,
        isNew: true,
      },
    ],
  };
  const result = simulate({
    programs: [program],
    assumptions: specsOf(set),
    conversion: set.conversion,
    horizonYears: 5,
    draws: 4_000,
    seed: 20261207,
  });
  const row = result.rows.find((r) => r.programId === 'check' && r.year === 5 && r.metric === 'NEW_ENROLLMENTS');
  if (!row) throw new Error('no year-5 NEW_ENROLLMENTS row');
  return row;
}

describe('evidence seeds', () => {
  it('has the 2025 report as a source with its survey methodology', () => {
    expect(source2025).toBeDefined();
    const s = source2025!;
    expect(s.title).toBe('Micro-Credentials Impact Report 2025');
    const m = s.methodology;
    expect(m).toMatch(/online survey/i);
    expect(m).toMatch(/December 2024/);
    expect(m).toMatch(/January 2025/);
    expect(m).toMatch(/1,200 students/);
    expect(m).toMatch(/more than 1,000 employers/);
    for (const country of [
      'U.S.',
      'U.K.',
      'Brazil',
      'France',
      'India',
      'Indonesia',
      'Mexico',
      'Saudi Arabia',
      'Thailand',
      'Turkey',
    ]) {
      expect(m).toContain(country);
    }
    expect(m).toMatch(/self-reported/i);
    expect(m).toMatch(/stated\s+intentions/i);
    expect(m).toMatch(/not observed behaviour/i);
  });

  it.each(ARTICLE_FIGURES)('records the article figure %s = %p', (key, value, kind, population, token) => {
    const stat = statByKey.get(key);
    expect(stat).toBeDefined();
    expect(source2025!.statistics).toContain(stat);
    expect(stat!.value).toBeCloseTo(value, 10);
    expect(stat!.kind).toBe(kind);
    expect(stat!.population).toBe(population);
    expect(stat!.quote).toContain(token);
    expect(stat!.description.length).toBeGreaterThan(10);
  });

  it('records the 94% desire with its 55% comparison two years earlier', () => {
    const stat = statByKey.get('students_desire_credit_bearing_credentials')!;
    expect(stat.comparisonValue).toBe(0.55);
    expect(stat.comparisonYear).toBe(2023);
  });

  it('marks the ratios as RATIO and records where Inside Higher Ed reads them differently', () => {
    for (const key of ['students_engagement_ratio', 'students_enrollment_ratio']) {
      const stat = statByKey.get(key)!;
      expect(stat.kind).toBe('RATIO');
      expect(stat.note).toMatch(/Inside Higher Ed/);
      expect(stat.note).toMatch(/2\.0 times as likely to enroll/);
      expect(stat.note).toMatch(/2\.4 times as likely if the micro-credential carries academic credit/);
    }
    // Only these two are ratios, plus the same two read Inside Higher Ed's way and two benchmarks.
    expect(
      allStatistics
        .filter((s) => s.kind === 'RATIO')
        .map((s) => s.key)
        .sort(),
    ).toEqual([
      'hypothetical_bias_median_ratio',
      'students_engagement_ratio',
      'students_enrollment_ratio',
      'students_enrollment_ratio_any_credential_ihe',
      'students_enrollment_ratio_credit_bearing_ihe',
      'tennessee_promise_freshman_increase',
    ]);
  });

  it("records Inside Higher Ed's reading as enrollment ratios of the same survey answers", () => {
    const any = statByKey.get('students_enrollment_ratio_any_credential_ihe')!;
    const credit = statByKey.get('students_enrollment_ratio_credit_bearing_ihe')!;
    expect([any.value, credit.value]).toEqual([2.0, 2.4]);
    for (const stat of [any, credit]) {
      expect(source2025!.statistics).toContain(stat);
      expect(stat.population).toBe('STUDENTS');
      expect(stat.note).toMatch(/Inside Higher Ed/);
      expect(stat.quote).toContain('2.4 times as likely if the micro-credential carries credit');
    }
    expect(credit.description).toMatch(/credit/);
  });

  it('holds the intention–behaviour literature (Sheeran 2002; Sheeran & Webb 2016) with its figures', () => {
    const sheeran = evidenceSources.find((s) => s.key === 'sheeran_2002_intention_behavior_relations')!;
    expect(sheeran).toMatchObject({ year: 2002, publisher: 'European Review of Social Psychology' });
    expect(sheeran.methodology).toMatch(/10 meta-analyses \(422 studies/);
    expect(sheeran.notes).toMatch(/r\+ = 0\.53/);
    const variance = statByKey.get('intentions_behaviour_variance_explained')!;
    expect(sheeran.statistics).toEqual([variance]);
    expect(variance).toMatchObject({ kind: 'SHARE', value: 0.28, population: 'RESEARCH_PARTICIPANTS' });
    expect(variance.value).toBeCloseTo(0.53 ** 2, 2);

    const webb = evidenceSources.find((s) => s.key === 'sheeran_webb_2016_intention_behavior_gap')!;
    expect(webb).toMatchObject({
      year: 2016,
      title: 'The Intention–Behavior Gap',
      url: 'https://doi.org/10.1111/spc3.12265',
    });
    const act = statByKey.get('intenders_who_act')!;
    expect(webb.statistics).toEqual([act]);
    expect(act).toMatchObject({ kind: 'SHARE', value: 0.5, population: 'RESEARCH_PARTICIPANTS' });
    expect(act.quote).toContain('roughly half of the time');
    expect(act.note).toMatch(/roughly half/);
  });

  it.each(BENCHMARKS)(
    'holds the benchmark source %s (%i) with its statistic %s = %p',
    (sourceKey, year, key, value, kind, population, token) => {
      const source = evidenceSources.find((s) => s.key === sourceKey);
      expect(source).toBeDefined();
      expect(source!.year).toBe(year);
      expect(source!.publisher.length).toBeGreaterThan(0);
      expect(source!.methodology.length).toBeGreaterThan(50);
      const stat = statByKey.get(key)!;
      expect(source!.statistics).toEqual([stat]);
      expect(stat).toMatchObject({ value, kind, population });
      expect(stat.quote).toContain(token);
      expect(stat.note?.length ?? 0).toBeGreaterThan(10);
    },
  );

  it('states what each benchmark measures: a scale for enrollment, not a credential effect', () => {
    const by = Object.fromEntries(evidenceSources.map((s) => [s.key, s]));
    // Free tuition statewide, a before/after count: an upper bound for one credential, as a ratio of counts.
    expect(by.thec_tennessee_promise_enrollment_2015.methodology).toMatch(/not a controlled comparison/);
    expect(by.thec_tennessee_promise_enrollment_2015.notes).toMatch(/upper bound/);
    expect(statByKey.get('tennessee_promise_freshman_increase')!.note).toMatch(/not a likelihood ratio/);
    // Webb & Sheeran's pass-through is d(behaviour)/d(intention).
    expect(statByKey.get('induced_intention_behaviour_pass_through')!.value).toBeCloseTo(0.36 / 0.66, 2);
    expect(by.stackable_credentials_returns.methodology).toMatch(/not enrollment or retention effects/);
    // The new population is the benchmarks' only.
    expect(
      allStatistics
        .filter((s) => s.population === 'COLLEGE_ENTRANTS')
        .map((s) => s.key)
        .sort(),
    ).toEqual(['grant_aid_attendance_per_1000', 'summer_melt_share', 'tennessee_promise_freshman_increase']);
  });

  it('keeps the article qualifiers as notes', () => {
    expect(statByKey.get('genai_holders_stronger_problem_solving')!.note).toMatch(/more than/);
    expect(statByKey.get('students_increased_self_assurance')!.note).toMatch(/nearly/);
    expect(statByKey.get('leaders_engagement_and_satisfaction')!.note).toMatch(/nearly/);
    expect(statByKey.get('students_credential_helped_secure_internship')!.note).toMatch(/one in three/);
  });

  it("adds the figures of Coursera's announcement", () => {
    const hire = statByKey.get('employers_more_likely_to_hire')!;
    expect(hire.value).toBe(0.85);
    expect(hire.population).toBe('EMPLOYERS');
    const premium = statByKey.get('employers_starting_salary_premium')!;
    expect(premium.value).toBe(0.125);
    expect(premium.note).toMatch(/10–15%/);
    expect(source2025!.statistics).toContain(hire);
    expect(source2025!.statistics).toContain(premium);
  });

  it('has the 2024 edition with its leaders survey', () => {
    expect(source2024).toBeDefined();
    const s = source2024!;
    expect(s.methodology).toMatch(/1,058/);
    expect(s.methodology).toMatch(/852 institutions/);
    expect(s.methodology).toMatch(/89 countries/);
    const values = Object.fromEntries(s.statistics.map((x) => [x.key, x.value]));
    expect(values).toEqual({
      leaders_2024_institution_offers_micro_credentials: 0.51,
      leaders_2024_offering_institutions_grant_credit: 0.53,
      leaders_2024_support_retention: 0.8,
    });
    for (const stat of s.statistics) expect(stat.population).toBe('HIGHER_ED_LEADERS');
  });

  it('has unique snake_case keys and well-formed values', () => {
    const sourceKeys = evidenceSources.map((s) => s.key);
    expect(new Set(sourceKeys).size).toBe(sourceKeys.length);
    expect(statByKey.size).toBe(allStatistics.length);
    for (const stat of allStatistics) {
      expect(stat.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(stat.quote.trim().length).toBeGreaterThan(20);
      if (stat.kind === 'SHARE') {
        expect(stat.value).toBeGreaterThan(0);
        expect(stat.value).toBeLessThan(1);
      } else {
        expect(stat.value).toBeGreaterThan(1);
      }
      expect(stat.comparisonValue === undefined).toBe(stat.comparisonYear === undefined);
    }
    for (const s of evidenceSources) {
      expect(s.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(Number.isInteger(s.year)).toBe(true);
      expect(s.statistics.length).toBeGreaterThan(0);
    }
  });
});

describe('default assumption set: the sceptical prior', () => {
  const set = defaultAssumptionSet;
  const by = Object.fromEntries(set.assumptions.map((a) => [a.parameter, a]));

  it('is the first global set, named for the benchmarks, converting on odds', () => {
    expect(globalAssumptionSets[0]).toBe(set);
    expect(set.name).toBe('Sceptical default (external benchmarks)');
    expect(set.name).not.toBe(v1DefaultSetName);
    expect(set.conversion).toBe('ODDS');
    expect(set.description).toMatch(/sceptical/i);
    expect(set.description).toMatch(/Tennessee/);
    expect(set.description).toMatch(/\+10\.1%/);
    expect(set.description).toMatch(/calibration/);
  });

  it("has exactly the model's six parameters, in the model's order, each valid", () => {
    expect(set.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
    for (const spec of specsOf(set)) expect(validateAssumption(spec)).toBeNull();
  });

  it.each(EFFECT_PARAMETERS)(
    '%s: NORMAL around a small effect, may be harmful, exactly zero with probability one half',
    (parameter) => {
      const a = by[parameter];
      const { mean, sd } = SCEPTICAL_EFFECTS[parameter];
      expect(a.distribution).toBe('NORMAL');
      expect(a.zeroMass).toBe(0.5);
      expect(a.mode).toBeCloseTo(mean, 12);
      // The three-number form of a NORMAL: low and high at ±3 sd.
      expect(normalSd(a)).toBeCloseTo(sd, 12);
      expect(a.low).toBeCloseTo(mean - 3 * sd, 12);
      expect(a.high).toBeCloseTo(mean + 3 * sd, 12);
      // Harm is possible, and no effect is at least as likely as some: single-number estimates use 0.
      expect(a.low).toBeLessThan(0);
      expect(a.high).toBeGreaterThan(0);
      expect(pointValue({ ...a, zeroMass: a.zeroMass })).toBe(0);
      // Small when it is there: below the odds ×1.5 the survey's readings centre on.
      expect(Math.exp(a.mode)).toBeLessThanOrEqual(1.1 + 1e-12);
      expect(a.rationale).toMatch(/log odds ratio/);
      expect(a.rationale).toMatch(/probability one half/);
    },
  );

  it("keeps model v1's shares and awareness ramp as they were", () => {
    for (const p of SHARED_PARAMETERS) {
      const v1 = v1SeedArticleReading.find((a) => a.parameter === p)!;
      expect(by[p]).toEqual(v1);
      expect(by[p].zeroMass ?? 0).toBe(0);
      const [mode, low, high] = V1_DESIGN_PARAMETERS[p];
      expect([by[p].mode, by[p].low, by[p].high]).toEqual([mode, low, high]);
      expect(by[p].distribution).toBe('PERT');
    }
  });

  it('links every assumption to resolvable evidence (or says it has none)', () => {
    for (const a of set.assumptions) {
      expect(new Set(a.evidenceKeys).size).toBe(a.evidenceKeys.length);
      for (const key of a.evidenceKeys) expect(statByKey.has(key)).toBe(true);
      const sentences = countSentences(a.rationale);
      expect(sentences).toBeGreaterThanOrEqual(1);
      expect(sentences).toBeLessThanOrEqual(EFFECT_PARAMETERS.includes(a.parameter as never) ? 6 : 3);
    }
    expect(by.AWARENESS_RAMP_YEARS.evidenceKeys).toEqual([]);
    for (const p of ['AWARENESS_RAMP_YEARS', 'ELECTIVE_TAKE_UP'] as const) {
      expect(by[p].rationale).toMatch(/no direct evidence/i);
    }
    // The stated claims are linked as what the prior is sceptical of.
    expect(by.ENROLLMENT_EFFECT.evidenceKeys).toContain('students_enrollment_ratio');
    expect(by.ENGAGEMENT_EFFECT.evidenceKeys).toContain('students_engagement_ratio');
    expect(by.RETENTION_EFFECT.evidenceKeys).toContain('leaders_2024_support_retention');
    expect(by.RETENTION_EFFECT.rationale).toMatch(/no measured retention effect/);
  });

  it('links each external benchmark to at least one of the effects', () => {
    const effectKeys = new Set(EFFECT_PARAMETERS.flatMap((p) => by[p].evidenceKeys));
    for (const key of BENCHMARK_STATISTICS) expect({ key, linked: effectKeys.has(key) }).toEqual({ key, linked: true });
    // The enrollment effect rests on every enrollment benchmark.
    expect(by.ENROLLMENT_EFFECT.evidenceKeys).toEqual(
      expect.arrayContaining([
        'tennessee_promise_freshman_increase',
        'grant_aid_attendance_per_1000',
        'summer_melt_share',
        'hypothetical_bias_median_ratio',
        'induced_intention_behaviour_pass_through',
      ]),
    );
    expect(by.ENROLLMENT_EFFECT.rationale).toMatch(/10\.1%/);
    expect(by.ENROLLMENT_EFFECT.rationale).toMatch(/1\.35/);
  });

  it('passes a prior predictive check: one elective credential does not, at its median, beat free community college', () => {
    const row = year5Entrants(set);
    // The program's 200 entrants, unchanged at the point values (no effect is the most likely value).
    expect(row.baseline).toBeCloseTo(200, 9);
    expect(row.pointEstimate).toBeCloseTo(200, 9);
    // Median at most Tennessee Promise's +10.1% for a whole state's freshman class.
    expect(row.p50).toBeLessThanOrEqual(200 * 1.101);
    // The 80% band includes no change at all.
    expect(row.p10).toBeLessThanOrEqual(200 + 1e-6);
    expect(row.p90).toBeGreaterThanOrEqual(200 - 1e-6);
    expect(row.p10).toBeLessThan(row.p90);
  });

  it('is a check the survey taken at its word fails', () => {
    for (const asStated of [seedArticleAssumptionSet, insideHigherEdAssumptionSet]) {
      const row = year5Entrants(asStated);
      expect(row.p50).toBeGreaterThan(200 * 1.101);
      expect(row.p10).toBeGreaterThan(200);
    }
  });
});

describe("model v1's readings (kept to derive the sets as stated and to recognise untouched databases)", () => {
  const seedBy = Object.fromEntries(v1SeedArticleReading.map((a) => [a.parameter, a]));
  const iheBy = Object.fromEntries(v1InsideHigherEdReading.map((a) => [a.parameter, a]));

  it("gives the seed article's reading model v1's seven parameters with docs/MODEL.md's values", () => {
    const params = v1SeedArticleReading.map((a) => a.parameter);
    expect(new Set(params).size).toBe(params.length);
    expect([...params].sort()).toEqual(Object.keys(V1_DESIGN_PARAMETERS).sort());
    for (const a of v1SeedArticleReading) {
      const [mode, low, high] = V1_DESIGN_PARAMETERS[a.parameter];
      expect([a.parameter, a.mode, a.low, a.high]).toEqual([a.parameter, mode, low, high]);
      expect(['FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT']).toContain(a.distribution);
      if (a.parameter.endsWith('_RATIO')) expect(a.low).toBeGreaterThanOrEqual(1);
      for (const key of a.evidenceKeys) expect(statByKey.has(key)).toBe(true);
    }
    for (const p of ['ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO'] as const) {
      expect(seedBy[p].rationale).toMatch(/self-selection/);
      // The low end halves the excess over 1.
      expect(seedBy[p].low).toBeCloseTo(1 + (seedBy[p].mode - 1) / 2, 10);
    }
    expect(seedBy.RETENTION_PASS_THROUGH.rationale).toMatch(/no direct evidence/i);
  });

  it('gives INTENT_REALISATION a prior that admits no behavioural effect, resting on the literature', () => {
    const a = seedBy.INTENT_REALISATION;
    expect(a).toMatchObject({ low: 0, mode: 0.5, high: 0.75, distribution: 'PERT' });
    expect(a.evidenceKeys).toEqual(
      expect.arrayContaining(['intenders_who_act', 'intentions_behaviour_variance_explained']),
    );
    // It still links the stated ratios it discounts.
    expect(a.evidenceKeys).toEqual(expect.arrayContaining(['students_engagement_ratio', 'students_enrollment_ratio']));
    expect(a.rationale).toMatch(/Sheeran 2002; Sheeran & Webb 2016/);
    expect(a.rationale).toMatch(/low end is 0/);
    expect(a.rationale).toMatch(/cannot exclude/);
  });

  it('names the issue-9 realisation share it superseded, and the v1 default set name', () => {
    expect([
      v1SupersededRealisation.parameter,
      v1SupersededRealisation.low,
      v1SupersededRealisation.mode,
      v1SupersededRealisation.high,
      v1SupersededRealisation.distribution,
    ]).toEqual(['INTENT_REALISATION', 0.25, 0.5, 0.75, 'PERT']);
    expect([v1SupersededRealisation.low, v1SupersededRealisation.high]).not.toEqual([
      seedBy.INTENT_REALISATION.low,
      seedBy.INTENT_REALISATION.high,
    ]);
    expect(v1DefaultSetName).toBe('Default (Micro-Credentials Impact Report 2025)');
    expect(globalAssumptionSets.map((s) => s.name)).not.toContain(v1DefaultSetName);
  });

  it("reads 2.4× as enrollment with credit and 2.0× without under Inside Higher Ed's reading", () => {
    expect(iheBy.ENROLLMENT_RATIO).toMatchObject({ low: 1.7, mode: 2.4, high: 2.4, distribution: 'PERT' });
    expect(iheBy.ENROLLMENT_RATIO.evidenceKeys).toContain('students_enrollment_ratio_credit_bearing_ihe');
    const share = iheBy.NON_CREDIT_EFFECT_SHARE;
    expect(share.mode).toBeCloseTo((2.0 - 1) / (2.4 - 1), 12);
    expect(share.mode).toBeCloseTo(0.714, 3);
    expect(share.low).toBeLessThan(share.mode);
    expect(share.high).toBeGreaterThan(share.mode);
    expect(share.high).toBeLessThanOrEqual(1);
    expect([...share.evidenceKeys].sort()).toEqual([
      'students_enrollment_ratio_any_credential_ihe',
      'students_enrollment_ratio_credit_bearing_ihe',
    ]);
    // No engagement ratio from the report under this reading: a wide range resting on no evidence.
    const e = iheBy.ENGAGEMENT_RATIO;
    expect(e.evidenceKeys).toEqual([]);
    expect(e.rationale).toMatch(/no direct evidence/i);
    expect(e.low).toBe(1); // no effect is inside the range
    expect(e.high - e.low).toBeGreaterThan(seedBy.ENGAGEMENT_RATIO.high - seedBy.ENGAGEMENT_RATIO.low);
    // The rest is the seed article's reading, evidence included.
    expect(v1InsideHigherEdReading.map((a) => a.parameter)).toEqual(v1SeedArticleReading.map((a) => a.parameter));
    for (const p of ['INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS']) {
      expect(iheBy[p]).toEqual(seedBy[p]);
    }
  });
});

describe('the readings as stated', () => {
  const readings: Array<[string, AssumptionSetSeed, readonly V1AssumptionSeed[]]> = [
    ['seed article', seedArticleAssumptionSet, v1SeedArticleReading],
    ['Inside Higher Ed', insideHigherEdAssumptionSet, v1InsideHigherEdReading],
  ];

  it('are the second and third global sets, after the default, converting on odds', () => {
    expect(globalAssumptionSets).toEqual([defaultAssumptionSet, seedArticleAssumptionSet, insideHigherEdAssumptionSet]);
    expect(seedArticleAssumptionSet.name).toBe(
      'Seed article reading, as stated (Micro-Credentials Impact Report 2025)',
    );
    expect(insideHigherEdAssumptionSet.name).toBe('Inside Higher Ed reading');
    expect(new Set(globalAssumptionSets.map((s) => s.name)).size).toBe(3);
    for (const s of [seedArticleAssumptionSet, insideHigherEdAssumptionSet]) {
      expect(s.conversion).toBe('ODDS');
      expect(s.description).toMatch(/taken at its word/);
      expect(s.description).toMatch(/sceptical default/);
    }
    expect(insideHigherEdAssumptionSet.description).toMatch(/Inside Higher Ed/);
  });

  it.each(readings)(
    "the %s reading's effects are convertV1Specs of model v1's reading, without a point mass at zero",
    (_name, set, reading) => {
      expect(set.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
      const specs = v1Specs(reading);
      const converted = convertV1Specs(specs);
      expect(
        set.assumptions
          .filter((a) => EFFECT_PARAMETERS.includes(a.parameter as never))
          .map((a) => [a.parameter, a.low, a.mode, a.high, a.distribution, a.zeroMass]),
      ).toEqual(converted.map((c) => [c.parameter, c.low, c.mode, c.high, c.distribution, 0]));
      for (const c of converted) {
        const a = set.assumptions.find((x) => x.parameter === c.parameter)!;
        // The derivation is in the rationale, and the inputs' evidence is linked.
        expect(a.rationale).toMatch(/^As stated by the survey, not a sceptical reading/);
        expect(a.rationale).toContain(conversionRationale(c, specs));
        const inputs = c.from.map((p) => reading.find((r) => r.parameter === p)!);
        expect([...a.evidenceKeys].sort()).toEqual([...new Set(inputs.flatMap((r) => r.evidenceKeys))].sort());
        for (const key of a.evidenceKeys) expect(statByKey.has(key)).toBe(true);
        // Never exactly zero: the single-number estimate is the mode, an effect.
        expect(pointValue(specsOf(set).find((s) => s.parameter === c.parameter)!)).toBe(a.mode);
        expect(a.mode).toBeGreaterThan(0);
      }
      // The other parameters are the reading's own.
      for (const p of SHARED_PARAMETERS) {
        expect(set.assumptions.find((a) => a.parameter === p)).toEqual(reading.find((a) => a.parameter === p));
      }
      for (const spec of specsOf(set)) expect(validateAssumption(spec)).toBeNull();
    },
  );

  it("gives the seed article's effects as the logs of the realised ratios", () => {
    const by = Object.fromEntries(seedArticleAssumptionSet.assumptions.map((a) => [a.parameter, a]));
    // ENROLLMENT_RATIO 1.7 / 2.4 / 2.4 with INTENT_REALISATION 0 / 0.5 / 0.75: ln 1, ln 1.7, ln 2.05.
    expect(by.ENROLLMENT_EFFECT).toMatchObject({ low: 0, distribution: 'PERT', zeroMass: 0 });
    expect(by.ENROLLMENT_EFFECT.mode).toBeCloseTo(Math.log(1 + 0.5 * 1.4), 12);
    expect(by.ENROLLMENT_EFFECT.high).toBeCloseTo(Math.log(1 + 0.75 * 1.4), 12);
    // ENGAGEMENT_RATIO 1.5 / 2.0 / 2.0: ln 1.5 at the modes.
    expect(by.ENGAGEMENT_EFFECT.mode).toBeCloseTo(Math.log(1.5), 12);
    expect(by.ENGAGEMENT_EFFECT.high).toBeCloseTo(Math.log(1.75), 12);
    // Retention: half of the realised engagement ratio's excess at the modes (ln 1.25), all of it at the high.
    expect(by.RETENTION_EFFECT.mode).toBeCloseTo(Math.log(1 + 0.5 * 0.5), 12);
    expect(by.RETENTION_EFFECT.high).toBeCloseTo(Math.log(1 + 1 * 0.75 * 1.0), 12);
    expect(by.RETENTION_EFFECT.low).toBe(0);
  });

  it("gives Inside Higher Ed's a weaker engagement effect resting only on the realisation share's evidence", () => {
    const by = Object.fromEntries(insideHigherEdAssumptionSet.assumptions.map((a) => [a.parameter, a]));
    const seedBy = Object.fromEntries(seedArticleAssumptionSet.assumptions.map((a) => [a.parameter, a]));
    // Same enrollment effect (2.4 read as enrollment either way), engagement from a 1.0–2.0 uniform ratio.
    expect(by.ENROLLMENT_EFFECT.mode).toBe(seedBy.ENROLLMENT_EFFECT.mode);
    expect(by.ENGAGEMENT_EFFECT.mode).toBeCloseTo(Math.log(1 + 0.5 * 0.5), 12);
    expect(by.ENGAGEMENT_EFFECT.mode).toBeLessThan(seedBy.ENGAGEMENT_EFFECT.mode);
    expect(by.ENGAGEMENT_EFFECT.rationale).toMatch(/no direct evidence under this reading/i);
    expect(by.ENGAGEMENT_EFFECT.evidenceKeys).not.toContain('leaders_engagement_and_satisfaction');
    expect(by.ENROLLMENT_EFFECT.evidenceKeys).toContain('students_enrollment_ratio_credit_bearing_ihe');
    expect(by.NON_CREDIT_EFFECT_SHARE.mode).toBeCloseTo((2.0 - 1) / (2.4 - 1), 12);
    expect([...by.NON_CREDIT_EFFECT_SHARE.evidenceKeys].sort()).toEqual([
      'students_enrollment_ratio_any_credential_ihe',
      'students_enrollment_ratio_credit_bearing_ihe',
    ]);
  });

  it('cite only known statistics and explain their shared parameters in 1–3 sentences', () => {
    for (const set of [seedArticleAssumptionSet, insideHigherEdAssumptionSet]) {
      for (const a of set.assumptions) {
        for (const key of a.evidenceKeys) expect(statByKey.has(key)).toBe(true);
        expect(countSentences(a.rationale)).toBeGreaterThanOrEqual(1);
        if (SHARED_PARAMETERS.includes(a.parameter as never))
          expect(countSentences(a.rationale)).toBeLessThanOrEqual(3);
        expect(a.low).toBeLessThanOrEqual(a.mode);
        expect(a.mode).toBeLessThanOrEqual(a.high);
      }
    }
  });
});

describe('demo university', () => {
  const { institution, programs, credentials, embeddings, metrics } = demo;
  const programByCode = new Map(programs.map((p) => [p.code, p]));
  const credentialByKey = new Map(credentials.map((c) => [c.key, c]));

  it('is Northbridge University', () => {
    expect(institution).toEqual({
      name: 'Northbridge University',
      slug: 'northbridge',
      country: 'US',
      creditUnit: 'US_CREDIT_HOUR',
      ectsPerCreditHour: 2,
      maxEmbeddedCreditShare: 0.25,
      currency: 'USD',
    });
  });

  it('has at least 12 programs across all levels and modalities with valid baselines', () => {
    expect(programs.length).toBeGreaterThanOrEqual(12);
    expect(programByCode.size).toBe(programs.length);
    expect(new Set(programs.map((p) => p.level))).toEqual(
      new Set(['CERTIFICATE', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE']),
    );
    expect(new Set(programs.map((p) => p.modality))).toEqual(new Set(['ON_CAMPUS', 'ONLINE', 'HYBRID']));
    expect(programs.filter((p) => p.status === 'ACTIVE').length).toBeGreaterThanOrEqual(10);
    for (const p of programs) {
      if (p.cipCode !== undefined) expect(p.cipCode).toMatch(/^\d{2}\.\d{4}$/);
      expect(p.totalCredits).toBeGreaterThan(0);
      expect(p.durationYears).toBeGreaterThan(0);
      expect(p.tuitionPerCredit).toBeGreaterThan(0);
      expect(Number.isInteger(p.annualProspects)).toBe(true);
      expect(Number.isInteger(p.annualNewEnrollments)).toBe(true);
      expect(p.annualNewEnrollments).toBeGreaterThan(0);
      expect(p.annualNewEnrollments).toBeLessThan(p.annualProspects);
      for (const r of [p.engagementRate, p.retentionRate]) {
        expect(r).toBeGreaterThan(0);
        expect(r).toBeLessThan(1);
      }
      expect(p.prospectGrowthRate).toBeGreaterThan(-1);
    }
  });

  it('gives every program a discount rate, a cost per credit and a capacity the API would accept', () => {
    for (const p of programs) {
      // The API's bounds (degree-program.inputs.ts) and the capacity rule (degree-program.rules.ts).
      expect([p.code, p.discountRate >= 0 && p.discountRate < 1]).toEqual([p.code, true]);
      expect([p.code, Number.isFinite(p.instructionalCostPerCredit) && p.instructionalCostPerCredit > 0]).toEqual([
        p.code,
        true,
      ]);
      expect([p.code, p.instructionalCostPerCredit <= 1_000_000]).toEqual([p.code, true]);
      expect([p.code, capacityProblem(p.capacity, p.annualNewEnrollments)]).toEqual([p.code, null]);
      if (p.capacity !== null) {
        expect([p.code, Number.isInteger(p.capacity) && p.capacity >= p.annualNewEnrollments]).toEqual([p.code, true]);
      }
    }
    // Plausible, not uniform: aid is highest for a funded doctorate and lower online; some programs have a limit.
    const byCode = (code: string) => programByCode.get(code)!;
    expect(byCode('PHD-CS').discountRate).toBeGreaterThanOrEqual(0.8);
    for (const p of programs.filter((x) => x.level === 'BACHELOR' && x.modality !== 'ONLINE')) {
      expect([p.code, p.discountRate >= 0.25 && p.discountRate <= 0.6]).toEqual([p.code, true]);
    }
    expect(byCode('BSN').instructionalCostPerCredit).toBeGreaterThan(byCode('BA-PSY').instructionalCostPerCredit);
    expect(byCode('BSN').capacity).not.toBeNull();
    const limited = programs.filter((p) => p.capacity !== null);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(limited.length).toBeLessThan(programs.length);
  });

  it('has at least 15 shared-catalog credentials with mixed units, recognition, issuers and categories', () => {
    expect(credentials.length).toBeGreaterThanOrEqual(15);
    expect(credentialByKey.size).toBe(credentials.length);
    const bearing = credentials.filter(isCreditBearing);
    expect(bearing.length).toBeGreaterThanOrEqual(3);
    expect(credentials.length - bearing.length).toBeGreaterThanOrEqual(3);
    expect(new Set(bearing.map((c) => c.creditUnit))).toEqual(new Set(['US_CREDIT_HOUR', 'ECTS', 'UK_CATS']));
    expect(new Set(credentials.map((c) => c.creditRecognition))).toEqual(
      new Set(['NONE', 'INSTITUTION', 'ACE_RECOMMENDED', 'ECTS_ACCREDITED']),
    );
    const categories = new Set(credentials.map((c) => c.category));
    for (const cat of ['Generative AI', 'Data', 'Business', 'Health', 'Cloud', 'Cybersecurity'])
      expect(categories).toContain(cat);
    expect(new Set(credentials.map((c) => c.issuer)).size).toBeGreaterThanOrEqual(8);
    for (const issuer of ['Google', 'IBM', 'Microsoft', 'Meta'])
      expect(credentials.some((c) => c.issuer === issuer)).toBe(true);
    expect(credentials.some((c) => c.issuer.includes('AWS'))).toBe(true);
    expect(credentials.some((c) => c.issuer.includes('NHS'))).toBe(true);
    for (const c of credentials) {
      expect(c.creditValue === undefined).toBe(c.creditUnit === undefined); // value and unit together
      if (c.creditValue !== undefined) expect(c.creditValue).toBeGreaterThan(0);
      if (c.creditRecognition !== 'NONE') expect(c.creditValue).toBeDefined();
      if (c.creditRecognition === 'ECTS_ACCREDITED') expect(c.creditUnit).toBe('ECTS');
      if (c.eqfLevel !== undefined) {
        expect(Number.isInteger(c.eqfLevel)).toBe(true);
        expect(c.eqfLevel).toBeGreaterThanOrEqual(1);
        expect(c.eqfLevel).toBeLessThanOrEqual(8);
      }
      expect(c.learningHours).toBeGreaterThan(0);
      expect(c.costPerLearner).toBeGreaterThanOrEqual(0);
      expect(c.setupCost).toBeGreaterThanOrEqual(0);
      expect(c.skills.length).toBeGreaterThan(0);
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(20);
      if (c.url !== undefined) expect(c.url).toMatch(/^https:\/\//);
    }
  });

  describe('embeddings', () => {
    it('cover several programs, requirement types and statuses', () => {
      expect(embeddings.length).toBeGreaterThanOrEqual(6);
      expect(new Set(embeddings.map((e) => e.programCode)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(embeddings.map((e) => e.requirement))).toEqual(new Set(['CORE', 'ELECTIVE', 'ADD_ON']));
      const active = embeddings.filter((e) => e.status === 'ACTIVE').length;
      const planned = embeddings.filter((e) => e.status === 'PLANNED').length;
      expect(active).toBeGreaterThan(embeddings.length / 2);
      expect(planned).toBeGreaterThanOrEqual(1);
      expect(planned).toBeLessThanOrEqual(2);
      expect(embeddings.some((e) => e.displacesTuition)).toBe(true);
      expect(
        embeddings.some((e) => !isCreditBearing(credentialByKey.get(e.credentialKey)!) && e.creditsApplied === 0),
      ).toBe(true);
    });

    it('reference known programs and credentials, each credential at most once per program', () => {
      const pairs = new Set<string>();
      for (const e of embeddings) {
        expect(programByCode.has(e.programCode)).toBe(true);
        expect(credentialByKey.has(e.credentialKey)).toBe(true);
        const pair = `${e.programCode}|${e.credentialKey}`;
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
        if (e.takeUpRate !== undefined) {
          expect(e.takeUpRate).toBeGreaterThan(0);
          expect(e.takeUpRate).toBeLessThanOrEqual(1);
        }
        if (e.startYear !== undefined) expect(Number.isInteger(e.startYear)).toBe(true);
      }
    });

    it('apply 0 credits for non-credit credentials and no more than the converted credit value', () => {
      for (const e of embeddings) {
        const c = credentialByKey.get(e.credentialKey)!;
        expect(e.creditsApplied).toBeGreaterThanOrEqual(0);
        if (!isCreditBearing(c)) {
          expect(e.creditsApplied).toBe(0);
        } else {
          const max = toUsCreditHours(c.creditValue!, c.creditUnit!, institution.ectsPerCreditHour);
          expect(e.creditsApplied).toBeLessThanOrEqual(max + 1e-9);
        }
      }
    });

    it('converts ECTS and UK CATS as the rules say', () => {
      expect(toUsCreditHours(5, 'ECTS', 2)).toBe(2.5);
      expect(toUsCreditHours(15, 'UK_CATS', 2)).toBe(3.75);
      expect(toUsCreditHours(12, 'US_CREDIT_HOUR', 2)).toBe(12);
    });

    it('keep active + planned credits within the cap of each program', () => {
      for (const p of programs) {
        const applied = embeddings
          .filter((e) => e.programCode === p.code && (e.status === 'ACTIVE' || e.status === 'PLANNED'))
          .reduce((sum, e) => sum + e.creditsApplied, 0);
        expect(applied).toBeLessThanOrEqual(institution.maxEmbeddedCreditShare * p.totalCredits + 1e-9);
      }
    });

    it('do not make an archived program carry active or planned embeddings', () => {
      for (const e of embeddings) {
        if (programByCode.get(e.programCode)!.status === 'ARCHIVED') expect(e.status).toBe('RETIRED');
      }
    });
  });

  describe('metric observations', () => {
    const RATE_METRICS = ['ENGAGEMENT_RATE', 'RETENTION_RATE'];
    const ALL_METRICS = ['PROSPECTS', 'NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS'];

    it('cover at least three years with all five metrics for every active or archived program', () => {
      const seen = new Set<string>();
      for (const m of metrics) {
        expect(programByCode.has(m.programCode)).toBe(true);
        const id = `${m.programCode}|${m.academicYear}|${m.metric}`;
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
      for (const p of programs) {
        const years = [...new Set(metrics.filter((m) => m.programCode === p.code).map((m) => m.academicYear))];
        if (p.status === 'PLANNED') continue;
        expect(years.length).toBeGreaterThanOrEqual(3);
        for (const y of years) {
          const names = metrics.filter((m) => m.programCode === p.code && m.academicYear === y).map((m) => m.metric);
          expect(names.sort()).toEqual([...ALL_METRICS].sort());
        }
      }
    });

    it('give rates integer numerators and denominators that divide to the value', () => {
      for (const m of metrics) {
        if (RATE_METRICS.includes(m.metric)) {
          expect(Number.isInteger(m.numerator)).toBe(true);
          expect(Number.isInteger(m.denominator)).toBe(true);
          expect(m.numerator!).toBeGreaterThan(0);
          expect(m.numerator!).toBeLessThan(m.denominator!);
          expect(m.value).toBe(round4(m.numerator! / m.denominator!));
          expect(m.value).toBeGreaterThan(0);
          expect(m.value).toBeLessThan(1);
        } else {
          expect(Number.isInteger(m.value)).toBe(true);
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.numerator).toBeUndefined();
          expect(m.denominator).toBeUndefined();
        }
      }
    });

    it('are consistent with the baseline: latest year ≈ baseline, earlier years close to it', () => {
      for (const p of programs) {
        const own = metrics.filter((m) => m.programCode === p.code);
        if (own.length === 0) continue;
        const latest = Math.max(...own.map((m) => m.academicYear));
        const get = (year: number, metric: string) => own.find((m) => m.academicYear === year && m.metric === metric)!;
        expect(get(latest, 'PROSPECTS').value).toBe(p.annualProspects);
        expect(get(latest, 'NEW_ENROLLMENTS').value).toBe(p.annualNewEnrollments);
        for (const [metric, baseline] of [
          ['ENGAGEMENT_RATE', p.engagementRate],
          ['RETENTION_RATE', p.retentionRate],
        ] as const) {
          const m = get(latest, metric);
          expect(Math.abs(m.value - baseline)).toBeLessThanOrEqual(0.5 / m.denominator! + 1e-4);
        }
        for (const year of new Set(own.map((m) => m.academicYear))) {
          const prospects = get(year, 'PROSPECTS').value;
          const entrants = get(year, 'NEW_ENROLLMENTS').value;
          expect(entrants).toBeLessThan(prospects);
          expect(Math.abs(prospects / p.annualProspects - 1)).toBeLessThan(0.3);
          expect(Math.abs(entrants / p.annualNewEnrollments - 1)).toBeLessThan(0.3);
          expect(Math.abs(get(year, 'ENGAGEMENT_RATE').value - p.engagementRate)).toBeLessThan(0.06);
          expect(Math.abs(get(year, 'RETENTION_RATE').value - p.retentionRate)).toBeLessThan(0.06);
          expect(get(year, 'COMPLETIONS').value).toBeLessThanOrEqual(entrants * 1.3);
        }
      }
    });

    it('are deterministic', () => {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const again = require('../../../seeds/demo') as typeof import('../../../seeds/demo');
        expect(again.demo.metrics).toEqual(metrics);
      });
    });
  });
});
