import type { EntityManager } from '@mikro-orm/core';
import { groupBy, indexBy } from '../../core/dataloader';
import { leanShape, type LeanShape } from '../../core/lean-read';
import { placeholders, selectTable } from '../../core/lean-sql';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { Assumption } from '../assumption/assumption.entity';
import { inParameterOrder } from '../assumption/assumption.rules';
import { EmbeddingStatus } from '../common/enums';
import { MicroCredential } from '../credential/micro-credential.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { Institution } from '../institution/institution.entity';
import { DegreeProgram } from '../program/degree-program.entity';
import { applySavedChanges, type ResolvedChange, type SavedChange } from './scenario-changes';
import { ScenarioAddition, ScenarioProgram, ScenarioRemoval, type Scenario } from './scenario.entity';

/** What a saved scenario's projection is computed from, as it is now. */
export interface ScenarioInputs {
  changes: ResolvedChange[];
  set: AssumptionSet;
  assumptions: Assumption[];
}

interface Shapes {
  change: LeanShape;
  addition: LeanShape;
  removal: LeanShape;
  credential: LeanShape;
  program: LeanShape;
  institution: LeanShape;
  embedding: LeanShape;
  set: LeanShape;
  assumption: LeanShape;
}

function shapesOf(em: EntityManager): Shapes {
  return {
    change: leanShape(em, ScenarioProgram),
    addition: leanShape(em, ScenarioAddition),
    removal: leanShape(em, ScenarioRemoval),
    credential: leanShape(em, MicroCredential),
    program: leanShape(em, DegreeProgram),
    institution: leanShape(em, Institution),
    embedding: leanShape(em, ProgramCredential),
    set: leanShape(em, AssumptionSet),
    assumption: leanShape(em, Assumption),
  };
}

/** The saved changes of the scenarios with their additions' credentials and their removals: one statement. */
async function savedChanges(em: EntityManager, sh: Shapes, scenarioIds: number[]) {
  const { change: c, addition: a, removal: r, credential: m } = sh;
  const { columns, rows } = await selectTable(
    em,
    `select ${c.columns('sp', 'sp_')}, ${a.columns('sa', 'sa_')}, ${m.columns('mc', 'mc_')}, ${r.columns('sr', 'sr_')}
     from "${c.table}" sp
     left join "${a.table}" sa on sa."${a.column('change')}" = sp.id
     left join "${m.table}" mc on mc.id = sa."${a.column('credential')}"
     left join "${r.table}" sr on sr."${r.column('change')}" = sp.id
     where sp."${c.column('scenario')}" in (${placeholders(scenarioIds.length)})
     order by sp."${c.column('scenario')}", sp."${c.column('position')}", sa.id, sr.id`,
    scenarioIds,
  );
  const [readChange, readAddition, readCredential, readRemoval] = [
    c.reader(columns, 'sp_'),
    a.reader(columns, 'sa_'),
    m.reader(columns, 'mc_'),
    r.reader(columns, 'sr_'),
  ];
  // Additions in the order given (ids follow it): the input hash, hence the cache key, depends on that order.
  const byChange = new Map<number, { scenarioId: number; saved: SavedChange; seen: Set<number> }>();
  for (const row of rows) {
    const change = readChange(row) as ScenarioProgram;
    let entry = byChange.get(change.id);
    if (!entry) {
      entry = {
        scenarioId: change.scenario.id,
        saved: { programId: change.program.id, removedEmbeddingIds: [], additions: [] },
        seen: new Set(),
      };
      byChange.set(change.id, entry);
    }
    const addition = readAddition(row) as ScenarioAddition;
    if (addition.id !== null && !entry.seen.has(addition.id)) {
      entry.seen.add(addition.id);
      entry.saved.additions.push({
        credential: readCredential(row) as MicroCredential,
        creditsApplied: addition.creditsApplied,
        requirement: addition.requirement,
        takeUpRate: addition.takeUpRate ?? null,
        displacesTuition: addition.displacesTuition,
      });
    }
    const removal = readRemoval(row) as ScenarioRemoval;
    if (removal.id !== null && !entry.saved.removedEmbeddingIds.includes(removal.embedding.id)) {
      entry.saved.removedEmbeddingIds.push(removal.embedding.id);
    }
  }
  return [...byChange.values()];
}

/**
 * Today's programs (with their institution: its credit unit sizes each credential) and their ACTIVE embeddings with
 * credentials: two statements.
 */
async function today(em: EntityManager, sh: Shapes, programIds: number[]) {
  const { program: p, institution: i, embedding: e, credential: m } = sh;
  const list = placeholders(programIds.length);
  const [programs, embeddings] = await Promise.all([
    selectTable(
      em,
      `select ${p.columns('t')}, ${i.columns('i', 'i_')}
       from "${p.table}" t join "${i.table}" i on i.id = t."${p.column('institution')}" where t.id in (${list})`,
      programIds,
    ),
    selectTable(
      em,
      `select ${e.columns('e', 'e_')}, ${m.columns('mc', 'mc_')}
       from "${e.table}" e join "${m.table}" mc on mc.id = e."${e.column('credential')}"
       where e."${e.column('program')}" in (${list}) and e."${e.column('status')}" = ? order by e.id`,
      [...programIds, EmbeddingStatus.ACTIVE],
    ),
  ]);
  const [readEmbedding, readCredential] = [e.reader(embeddings.columns, 'e_'), m.reader(embeddings.columns, 'mc_')];
  const active = embeddings.rows.map((row) => {
    const embedding = readEmbedding(row) as ProgramCredential;
    embedding.credential = readCredential(row) as MicroCredential;
    return embedding;
  });
  const [readProgram, readInstitution] = [p.reader(programs.columns), i.reader(programs.columns, 'i_')];
  return {
    programs: indexBy(
      programs.rows.map((row) => {
        const program = readProgram(row) as DegreeProgram;
        program.institution = readInstitution(row) as Institution;
        return program;
      }),
      (x) => x.id,
    ),
    active,
  };
}

/**
 * The inputs of many scenarios (a page of them, or a comparison) in five statements, as lean objects
 * (src/core/lean-read.ts): their changes with additions, credentials and removals; their assumption
 * sets; the sets' assumptions; today's programs; and their ACTIVE embeddings with credentials.
 */
export async function loadInputs(em: EntityManager, scenarios: readonly Scenario[]): Promise<ScenarioInputs[]> {
  const sh = shapesOf(em);
  const setIds = [...new Set(scenarios.map((s) => s.assumptionSet.id))];
  const setList = placeholders(setIds.length);
  const [changes, sets, assumptions] = await Promise.all([
    savedChanges(
      em,
      sh,
      scenarios.map((s) => s.id),
    ),
    selectTable(em, `select ${sh.set.columns('t')} from "${sh.set.table}" t where t.id in (${setList})`, setIds),
    selectTable(
      em,
      `select ${sh.assumption.columns('t')} from "${sh.assumption.table}" t
       where t."${sh.assumption.column('assumptionSet')}" in (${setList})`,
      setIds,
    ),
  ]);
  const programIds = [...new Set(changes.map((c) => c.saved.programId))];
  const { programs, active } = programIds.length
    ? await today(em, sh, programIds)
    : { programs: new Map(), active: [] };
  const resolved = applySavedChanges(
    changes.map((c) => c.saved),
    programs,
    active,
  );
  const readSet = sh.set.reader(sets.columns);
  const readAssumption = sh.assumption.reader(assumptions.columns);
  const setById = indexBy(
    sets.rows.map((row) => readSet(row) as AssumptionSet),
    (s) => s.id,
  );
  const assumptionsBySet = groupBy(
    inParameterOrder(assumptions.rows.map((row) => readAssumption(row) as Assumption)),
    (a) => a.assumptionSet.id,
  );
  return scenarios.map((s) => ({
    changes: resolved.filter((_, i) => changes[i].scenarioId === s.id),
    set: setById.get(s.assumptionSet.id)!,
    assumptions: assumptionsBySet.get(s.assumptionSet.id) ?? [],
  }));
}
