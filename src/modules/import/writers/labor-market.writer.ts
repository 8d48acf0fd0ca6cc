import type { EntityData, RequiredEntityData } from '@mikro-orm/core';
import { CipSocCrosswalk, Occupation } from '../../occupation/occupation.entity';
import { FirstSeen } from '../engine/duplicates';
import { problem } from '../engine/import-problem';
import type { BatchWriter, Outcome, RecordItem } from '../engine/import-item';
import type { CrosswalkRecord, OccupationRecord } from '../formats/labor-market-csv.format';

const FIGURES = ['title', 'employment', 'projectedGrowth', 'annualOpenings', 'medianWage', 'source'] as const;

/** Upserts occupations by SOC code (global data: no institution). */
export function occupationWriter(): BatchWriter<OccupationRecord> {
  const seen = new FirstSeen<string, OccupationRecord>((item, first) => ({
    field: 'soc_code',
    message: `SOC code ${item.record.code} already appears in ${first}; an occupation appears once per file.`,
  }));
  return {
    async apply(em, batch: RecordItem<OccupationRecord>[], write): Promise<Outcome[]> {
      const outcomes = new Array<Outcome>(batch.length);
      const live = seen.keep(batch, outcomes, (item) => item.record.code);
      const codes = live.map((i) => batch[i].record.code);
      const existing = codes.length
        ? await em.find(Occupation, { code: { $in: codes } }, { fields: ['code', ...FIGURES] })
        : [];
      const byCode = new Map(existing.map((o) => [o.code, o]));
      const now = new Date();
      const fresh: RequiredEntityData<Occupation>[] = [];
      const changed: EntityData<Occupation>[] = [];
      for (const i of live) {
        const r = batch[i].record;
        const current = byCode.get(r.code);
        const same = current && FIGURES.every((f) => (current[f] ?? null) === r[f]);
        outcomes[i] = !current ? 'created' : same ? 'unchanged' : 'updated';
        if (!current) fresh.push({ ...r, createdAt: now, updatedAt: now });
        else if (!same) changed.push({ ...r, createdAt: now, updatedAt: now });
      }
      if (!write) return outcomes;
      if (fresh.length) await em.insertMany(Occupation, fresh);
      if (changed.length) {
        await em.upsertMany(Occupation, changed, {
          onConflictFields: ['code'],
          onConflictAction: 'merge',
          onConflictMergeFields: [...FIGURES, 'updatedAt'],
        });
      }
      return outcomes;
    },
  };
}

/**
 * Upserts crosswalk rows by the pair (CIP code, SOC code), global data. A row whose SOC code has no occupation is
 * refused (NOT_FOUND): import the occupations first, or pass --skip-invalid to leave out the codes the projections do
 * not cover (the full NCES table names some, e.g. military occupations).
 */
export function crosswalkWriter(): BatchWriter<CrosswalkRecord> {
  const seen = new FirstSeen<string, CrosswalkRecord>((item, first) => ({
    field: 'soc_code',
    message:
      `CIP ${item.record.cipCode} → SOC ${item.record.socCode} already appears in ${first}; ` +
      'a pair appears once per file.',
  }));
  const keyOf = (r: { cipCode: string; socCode: string }) => `${r.cipCode} ${r.socCode}`;
  return {
    async apply(em, batch: RecordItem<CrosswalkRecord>[], write): Promise<Outcome[]> {
      const outcomes = new Array<Outcome>(batch.length);
      const live = seen.keep(batch, outcomes, (item) => keyOf(item.record));
      const socs = [...new Set(live.map((i) => batch[i].record.socCode))];
      const known = new Set(
        socs.length
          ? (await em.find(Occupation, { code: { $in: socs } }, { fields: ['code'] })).map((o) => o.code)
          : [],
      );
      const kept = live.filter((i) => {
        const r = batch[i].record;
        if (known.has(r.socCode)) return true;
        outcomes[i] = [
          problem(
            batch[i].location,
            'soc_code',
            'NOT_FOUND',
            `SOC code ${r.socCode} ("${r.socTitle}") has no occupation: import it first with ` +
              '"uplift import occupations", or leave such rows out with --skip-invalid.',
          ),
        ];
        return false;
      });
      const cips = [...new Set(kept.map((i) => batch[i].record.cipCode))];
      const existing = cips.length
        ? await em.find(
            CipSocCrosswalk,
            { cipCode: { $in: cips } },
            { fields: ['cipCode', 'socCode', 'cipTitle', 'socTitle'] },
          )
        : [];
      const byKey = new Map(existing.map((c) => [keyOf(c), c]));
      const now = new Date();
      const fresh: RequiredEntityData<CipSocCrosswalk>[] = [];
      const changed: EntityData<CipSocCrosswalk>[] = [];
      for (const i of kept) {
        const r = batch[i].record;
        const current = byKey.get(keyOf(r));
        const same = current && current.cipTitle === r.cipTitle && current.socTitle === r.socTitle;
        outcomes[i] = !current ? 'created' : same ? 'unchanged' : 'updated';
        if (!current) fresh.push({ ...r, createdAt: now, updatedAt: now });
        else if (!same) changed.push({ ...r, createdAt: now, updatedAt: now });
      }
      if (!write) return outcomes;
      if (fresh.length) await em.insertMany(CipSocCrosswalk, fresh);
      if (changed.length) {
        await em.upsertMany(CipSocCrosswalk, changed, {
          onConflictFields: ['cipCode', 'socCode'],
          onConflictAction: 'merge',
          onConflictMergeFields: ['cipTitle', 'socTitle', 'updatedAt'],
        });
      }
      return outcomes;
    },
  };
}
