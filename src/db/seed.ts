import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { evidenceSources } from '../../seeds/evidence';
import {
  globalAssumptionSets,
  insideHigherEdAssumptionSet,
  v1DefaultSetName,
  v1InsideHigherEdReading,
  v1SeedArticleReading,
  v1Specs,
  v1SupersededRealisation,
} from '../../seeds/assumptions';
import type { AssumptionSeed, AssumptionSetSeed, V1AssumptionSeed } from '../../seeds/types';
import { conversionRationale, convertV1Specs } from '../model/v1';
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
import type { ImportItem } from '../modules/import/engine/import-item';
import { readCsv, type CsvColumns, type CsvRow } from '../modules/import/formats/csv.format';
import {
  CROSSWALK_COLUMNS,
  crosswalkFromRow,
  OCCUPATION_COLUMNS,
  occupationFromRow,
} from '../modules/import/formats/labor-market-csv.format';
import { CipSocCrosswalk, Occupation } from '../modules/occupation/occupation.entity';
import { AlignmentSource, CredentialAlignment } from '../modules/occupation/credential-alignment.entity';
import { packageRoot } from '../app/web';

/**
 * Evidence and the global assumption sets: loaded into every database on every start, idempotently.
 *
 * This is also how an existing database gets later seed data (issue 9), rather than a data migration: the
 * seeds stay the one copy of the texts and values (no second copy in SQL per dialect), and this runs after
 * the migrations on every start (src/app/server.ts) and on `seed` (src/main.ts).
 * - An evidence source or statistic is created when its key is missing.
 * - A global set is created when no GLOBAL set of its name exists (the API cannot rename or delete one);
 *   the first of seeds/assumptions.ts is the default.
 * - In a global set (the default, and Inside Higher Ed's reading), an assumption still as model v2's migration
 *   converted it from the v1 seed (values and the conversion's rationale: the admin never changed it) gets the
 *   current seed's values, rationale and evidence; one the platform admin changed keeps its own. That is how an
 *   existing database gets the sceptical default (docs/MODEL.md §3). An untouched v1 default is renamed too.
 *   Institutions' sets are theirs: the migration converts them, and nothing here touches them.
 * - The labour-market data of seeds/labor-market/ (BLS projections, NCES crosswalk): an occupation is created when
 *   its SOC code is missing, a crosswalk row when its (CIP, SOC) pair is; rows already there (say, newer figures
 *   from `uplift import occupations`) are left as they are.
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
    if (await seedLaborMarket(tx)) created = true;
    if (await upgradeGlobalSets(tx, evidenceOf)) created = true;
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
          zeroMass: a.zeroMass ?? 0,
          rationale: a.rationale,
        });
        assumption.evidence.set(evidenceOf(a));
      }
    }
    await tx.flush();
    return { created };
  });
}

/** The rows of a seed CSV, read by the importer's own parser; a bad row is a bug in the seeds. */
async function seedRows<T>(file: string, columns: CsvColumns, fromRow: (row: CsvRow) => ImportItem<T>): Promise<T[]> {
  const text = fs.readFileSync(path.join(packageRoot(__dirname), 'seeds', 'labor-market', file), 'utf8');
  const records: T[] = [];
  for await (const item of readCsv([text], columns)) {
    if (item.kind !== 'record') continue;
    const parsed = fromRow(item.record);
    if (parsed.kind === 'rejected') throw new Error(`seeds/labor-market/${file} ${parsed.location} is invalid`);
    if (parsed.kind === 'record') records.push(parsed.record);
  }
  return records;
}

/** Occupations and crosswalk rows of seeds/labor-market/ that the database lacks; true when any was added. */
async function seedLaborMarket(tx: EntityManager): Promise<boolean> {
  const occupations = await seedRows('occupations.csv', OCCUPATION_COLUMNS, occupationFromRow);
  const crosswalk = await seedRows('cip-soc.csv', CROSSWALK_COLUMNS, crosswalkFromRow);
  const codes = new Set(
    (await tx.find(Occupation, { code: { $in: occupations.map((o) => o.code) } }, { fields: ['code'] })).map(
      (o) => o.code,
    ),
  );
  const pairKey = (r: { cipCode: string; socCode: string }) => `${r.cipCode} ${r.socCode}`;
  const cips = [...new Set(crosswalk.map((r) => r.cipCode))];
  const pairs = new Set(
    (await tx.find(CipSocCrosswalk, { cipCode: { $in: cips } }, { fields: ['cipCode', 'socCode'] })).map(pairKey),
  );
  let added = false;
  for (const o of occupations) {
    if (codes.has(o.code)) continue;
    tx.create(Occupation, o);
    added = true;
  }
  for (const r of crosswalk) {
    if (pairs.has(pairKey(r))) continue;
    tx.create(CipSocCrosswalk, r);
    added = true;
  }
  return added;
}

/**
 * What the v2 migration wrote for an untouched v1 reading (src/db/migrations/convert-v1-sets.ts): its three effects
 * with the conversion's values and rationale, for each variant of the reading a database may have held.
 */
function migratedFrom(readings: readonly (readonly V1AssumptionSeed[])[]): AssumptionSeed[] {
  return readings.flatMap((reading) => {
    const specs = v1Specs(reading);
    return convertV1Specs(specs).map((c) => ({
      parameter: c.parameter,
      low: c.low,
      mode: c.mode,
      high: c.high,
      distribution: c.distribution as AssumptionSeed['distribution'],
      zeroMass: 0,
      evidenceKeys: [],
      rationale: conversionRationale(c, specs),
    }));
  });
}

/** A v1 reading with the issue-9 realisation share in place of the current one (an older database's). */
const withOldRealisation = (reading: readonly V1AssumptionSeed[]): V1AssumptionSeed[] =>
  reading.map((a) =>
    a.parameter === 'INTENT_REALISATION' ? { ...a, ...v1SupersededRealisation, rationale: a.rationale } : a,
  );

/** Replaces, in the stored global sets, the assumptions a superseded seed (or the v2 migration) wrote. */
async function upgradeGlobalSets(
  tx: EntityManager,
  evidenceOf: (a: AssumptionSeed) => EvidenceStatistic[],
): Promise<boolean> {
  const populate = ['assumptions', 'assumptions.evidence'] as const;
  const targets: { where: object; seed: AssumptionSetSeed; superseded: AssumptionSeed[] }[] = [
    {
      where: { isDefault: true },
      seed: globalAssumptionSets[0],
      superseded: migratedFrom([v1SeedArticleReading, withOldRealisation(v1SeedArticleReading)]),
    },
    {
      where: { name: insideHigherEdAssumptionSet.name, kind: AssumptionSetKind.GLOBAL, institution: null },
      seed: insideHigherEdAssumptionSet,
      superseded: migratedFrom([v1InsideHigherEdReading, withOldRealisation(v1InsideHigherEdReading)]),
    },
  ];
  let changed = false;
  for (const { where, seed, superseded } of targets) {
    const set = await tx.findOne(AssumptionSet, where, { populate });
    if (!set) continue;
    // All three effects or none: a set the admin changed in part stays as the admin left it, not half sceptical.
    const stored = set.assumptions.getItems().filter((a) => superseded.some((o) => o.parameter === a.parameter));
    const untouched = (a: Assumption): boolean =>
      superseded.some(
        (old) =>
          old.parameter === a.parameter &&
          a.low === old.low &&
          a.mode === old.mode &&
          a.high === old.high &&
          a.distribution === (old.distribution as Distribution) &&
          a.zeroMass === (old.zeroMass ?? 0) &&
          a.rationale === old.rationale,
      );
    const effects = new Set(superseded.map((o) => o.parameter));
    if (stored.length !== effects.size || !stored.every(untouched)) continue;
    for (const a of stored) {
      const current = seed.assumptions.find((c) => c.parameter === a.parameter)!;
      Object.assign(a, {
        low: current.low,
        mode: current.mode,
        high: current.high,
        distribution: current.distribution as Distribution,
        zeroMass: current.zeroMass ?? 0,
        rationale: current.rationale,
      });
      a.evidence.set(evidenceOf(current));
    }
    if (set.isDefault && set.name === v1DefaultSetName)
      Object.assign(set, { name: seed.name, description: seed.description });
    if (set.name === seed.name) set.description = seed.description;
    // The set's version guards all of its assumptions (as in updateAssumption): an edit based on the old values fails.
    set.updatedAt = new Date();
    changed = true;
  }
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
      // The issuer's published career paths, mapped to SOC by us (seeds/demo.ts says how): the framework says so.
      for (const socCode of c.occupations ?? []) {
        tx.create(CredentialAlignment, {
          credential,
          institution: null,
          source: AlignmentSource.ASSERTED_BY_ISSUER,
          socCode,
          framework: "SOC 2018 (mapped by Uplift from the issuer's published career paths)",
          targetCode: socCode,
          targetName: null,
          targetUrl: null,
        });
      }
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
          capacity: p.capacity,
          discountRate: p.discountRate,
          instructionalCostPerCredit: p.instructionalCostPerCredit,
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
