import type { EntityManager } from '@mikro-orm/core';
import { evidenceSources } from '../../seeds/evidence';
import { defaultAssumptionSet, globalAssumptionSets, supersededDefaultAssumptions } from '../../seeds/assumptions';
import type { AssumptionSeed } from '../../seeds/types';
import { demo } from '../../seeds/demo';
import { demoMetricsWithHistory } from '../../seeds/pilot-history';
import { AssumptionSet } from '../modules/assumption/assumption-set.entity';
import { Assumption } from '../modules/assumption/assumption.entity';
import { issueKey } from '../modules/api-key/api-key.service';
import {
  AssumptionSetKind,
  type CreditRecognition,
  type CreditUnit,
  type Distribution,
  type EmbeddingStatus,
  type Modality,
  type ModelParameter,
  type ObservedMetric,
  type ProgramLevel,
  type ProgramStatus,
  type RequirementType,
  Role,
  type StatisticKind,
  type UpliftConversion,
} from '../modules/common/enums';
import { MicroCredential } from '../modules/credential/micro-credential.entity';
import { isCreditBearing, skillsIndexOf } from '../modules/credential/micro-credential.rules';
import { ProgramCredential } from '../modules/embedding/program-credential.entity';
import { EvidenceSource } from '../modules/evidence/evidence-source.entity';
import { EvidenceStatistic } from '../modules/evidence/evidence-statistic.entity';
import { Institution } from '../modules/institution/institution.entity';
import { MetricObservation } from '../modules/metric/metric-observation.entity';
import { DegreeProgram } from '../modules/program/degree-program.entity';

/**
 * Evidence and the global assumption sets: loaded into every database on every start, idempotently.
 *
 * This is also how an existing database gets later seed data (issue 9), rather than a data migration: the
 * seeds stay the one copy of the texts and values (no second copy in SQL per dialect), and this runs after
 * the migrations on every start (src/app/server.ts) and on `seed` (src/main.ts).
 * - An evidence source or statistic is created when its key is missing.
 * - A global set is created when no GLOBAL set of its name exists (the API cannot rename or delete one);
 *   the first of seeds/assumptions.ts is the default.
 * - In the default set, an assumption still as a superseded seed wrote it (values and rationale) gets the
 *   current seed's values, rationale and evidence; one the platform admin changed keeps its own.
 *   Institutions' copies are theirs and are never touched.
 */
export async function seedBase(em: EntityManager): Promise<{ created: boolean }> {
  return em.transactional(async (tx) => {
    let created = false;
    const stats = new Map<string, EvidenceStatistic>();
    for (const s of evidenceSources) {
      let source = await tx.findOne(EvidenceSource, { key: s.key });
      if (!source) {
        created = true;
        source = tx.create(EvidenceSource, {
          key: s.key,
          title: s.title,
          publisher: s.publisher,
          year: s.year,
          url: s.url ?? null,
          methodology: s.methodology,
          notes: s.notes ?? null,
        });
      }
      for (const st of s.statistics) {
        const existing = await tx.findOne(EvidenceStatistic, { key: st.key });
        if (!existing) created = true;
        stats.set(
          st.key,
          existing ??
            tx.create(EvidenceStatistic, {
              source,
              key: st.key,
              description: st.description,
              population: st.population,
              kind: st.kind as StatisticKind,
              value: st.value,
              comparisonValue: st.comparisonValue ?? null,
              comparisonYear: st.comparisonYear ?? null,
              note: st.note ?? null,
              quote: st.quote,
            }),
        );
      }
    }
    const evidenceOf = (a: AssumptionSeed): EvidenceStatistic[] =>
      a.evidenceKeys.map((k) => {
        const st = stats.get(k);
        if (!st) throw new Error(`assumption ${a.parameter} cites unknown statistic ${k}`);
        return st;
      });
    if (await upgradeDefaultSet(tx, evidenceOf)) created = true;
    for (const [i, seed] of globalAssumptionSets.entries()) {
      const isDefault = i === 0;
      const where = isDefault
        ? { isDefault: true }
        : { name: seed.name, kind: AssumptionSetKind.GLOBAL, institution: null };
      if (await tx.count(AssumptionSet, where)) continue;
      created = true;
      const set = tx.create(AssumptionSet, {
        name: seed.name,
        description: seed.description,
        conversion: seed.conversion as UpliftConversion,
        kind: AssumptionSetKind.GLOBAL,
        isDefault,
        institution: null,
      });
      for (const a of seed.assumptions) {
        const assumption = tx.create(Assumption, {
          assumptionSet: set,
          parameter: a.parameter as ModelParameter,
          low: a.low,
          mode: a.mode,
          high: a.high,
          distribution: a.distribution as Distribution,
          rationale: a.rationale,
        });
        assumption.evidence.set(evidenceOf(a));
      }
    }
    await tx.flush();
    return { created };
  });
}

/** Replaces, in the stored default set, the assumptions an earlier seed wrote and the current one supersedes. */
async function upgradeDefaultSet(
  tx: EntityManager,
  evidenceOf: (a: AssumptionSeed) => EvidenceStatistic[],
): Promise<boolean> {
  const populate = ['assumptions', 'assumptions.evidence'] as const;
  const set = await tx.findOne(AssumptionSet, { isDefault: true }, { populate });
  if (!set) return false;
  let changed = false;
  for (const old of supersededDefaultAssumptions) {
    const stored = set.assumptions.getItems().find((a) => a.parameter === old.parameter);
    const current = defaultAssumptionSet.assumptions.find((a) => a.parameter === old.parameter);
    const untouched =
      stored &&
      stored.low === old.low &&
      stored.mode === old.mode &&
      stored.high === old.high &&
      stored.distribution === (old.distribution as Distribution) &&
      stored.rationale === old.rationale;
    if (!stored || !current || !untouched) continue;
    Object.assign(stored, {
      low: current.low,
      mode: current.mode,
      high: current.high,
      distribution: current.distribution as Distribution,
      rationale: current.rationale,
    });
    stored.evidence.set(evidenceOf(current));
    changed = true;
  }
  // The set's version guards all of its assumptions (as in updateAssumption): an edit based on the old values fails.
  if (changed) set.updatedAt = new Date();
  return changed;
}

export interface DemoKeys {
  planner: string;
  viewer: string;
  admin: string;
}

/** Northbridge University with programs, shared-catalog credentials, embeddings, metrics and keys. */
export async function seedDemo(em: EntityManager): Promise<DemoKeys | null> {
  return em.transactional(async (tx) => {
    if (await tx.count(Institution, { slug: demo.institution.slug })) return null;
    const i = demo.institution;
    const institution = tx.create(Institution, {
      name: i.name,
      slug: i.slug,
      country: i.country,
      creditUnit: i.creditUnit as CreditUnit,
      ectsPerCreditHour: i.ectsPerCreditHour,
      maxEmbeddedCreditShare: i.maxEmbeddedCreditShare,
      currency: i.currency,
    });
    const credentials = new Map<string, MicroCredential>();
    for (const c of demo.credentials) {
      const credential = tx.create(MicroCredential, {
        institution: null,
        title: c.title,
        issuer: c.issuer,
        description: c.description,
        url: c.url ?? null,
        skills: c.skills,
        skillsIndex: skillsIndexOf(c.skills),
        category: c.category,
        achievementType: c.achievementType,
        creditValue: c.creditValue ?? null,
        creditUnit: (c.creditUnit as CreditUnit) ?? null,
        learningHours: c.learningHours ?? null,
        eqfLevel: c.eqfLevel ?? null,
        creditRecognition: c.creditRecognition as CreditRecognition,
        creditBearing: false,
        costPerLearner: c.costPerLearner,
        setupCost: c.setupCost,
        externalId: c.externalId ?? null,
      });
      credential.creditBearing = isCreditBearing(credential);
      credentials.set(c.key, credential);
    }
    const programs = new Map<string, DegreeProgram>();
    for (const p of demo.programs) {
      programs.set(
        p.code,
        tx.create(DegreeProgram, {
          institution,
          code: p.code,
          title: p.title,
          level: p.level as ProgramLevel,
          modality: p.modality as Modality,
          cipCode: p.cipCode ?? null,
          totalCredits: p.totalCredits,
          durationYears: p.durationYears,
          tuitionPerCredit: p.tuitionPerCredit,
          status: p.status as ProgramStatus,
          annualProspects: p.annualProspects,
          annualNewEnrollments: p.annualNewEnrollments,
          engagementRate: p.engagementRate,
          retentionRate: p.retentionRate,
          prospectGrowthRate: p.prospectGrowthRate,
        }),
      );
    }
    const need = <T>(map: Map<string, T>, key: string, what: string): T => {
      const v = map.get(key);
      if (!v) throw new Error(`demo seed: unknown ${what} ${key}`);
      return v;
    };
    for (const e of demo.embeddings) {
      tx.create(ProgramCredential, {
        program: need(programs, e.programCode, 'program'),
        credential: need(credentials, e.credentialKey, 'credential'),
        creditsApplied: e.creditsApplied,
        requirement: e.requirement as RequirementType,
        takeUpRate: e.takeUpRate ?? null,
        displacesTuition: e.displacesTuition,
        startYear: e.startYear ?? null,
        status: e.status as EmbeddingStatus,
      });
    }
    // The demo's actuals, with its 2018–2025 pilot history in place of its funnel and rates (calibrations learn from it).
    for (const m of demoMetricsWithHistory(demo)) {
      tx.create(MetricObservation, {
        program: need(programs, m.programCode, 'program'),
        academicYear: m.academicYear,
        metric: m.metric as ObservedMetric,
        value: m.value,
        numerator: m.numerator ?? null,
        denominator: m.denominator ?? null,
      });
    }
    await tx.flush();
    const planner = await issueKey(tx, institution, 'Demo planner', Role.PLANNER);
    const viewer = await issueKey(tx, institution, 'Demo viewer', Role.VIEWER);
    const admin = await issueKey(tx, institution, 'Demo institution admin', Role.INSTITUTION_ADMIN);
    return { planner: planner.secret, viewer: viewer.secret, admin: admin.secret };
  });
}
