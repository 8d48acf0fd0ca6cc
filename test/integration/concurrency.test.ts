import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { parseGlobalId } from '../../src/core/global-id';
import { ModelParameter, ObservedMetric } from '../../src/modules/common/enums';
import { AssumptionSet } from '../../src/modules/assumption/assumption-set.entity';
import { Assumption } from '../../src/modules/assumption/assumption.entity';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';
import { Scenario } from '../../src/modules/scenario/scenario.entity';

/**
 * Concurrent writes (issue 4 item 5): parallel updates of one object with the same expectedVersion
 * let exactly one through and answer the others CONFLICT, and the stored state is the winner's;
 * parallel updates without expectedVersion each apply, each bumping the version once (none lost);
 * a batch (recordMetrics) racing a conflicting batch is applied whole or not at all.
 */

const N = 8;
const UPDATE_ASSUMPTION =
  'mutation($input: UpdateAssumptionInput!) { updateAssumption(input: $input) { assumptionSet { id version assumptions { parameter mode } } } }';
const UPDATE_SCENARIO =
  'mutation($input: UpdateScenarioInput!) { updateScenario(input: $input) { scenario { id name version } } }';
const UPDATE_PROGRAM =
  'mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { id title version } } }';
const RECORD =
  'mutation($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { id academicYear value } } }';

interface SetPayload {
  updateAssumption: {
    assumptionSet: { id: string; version: number; assumptions: { parameter: string; mode: number }[] };
  };
}
interface ScenarioPayload {
  updateScenario: { scenario: { id: string; name: string; version: number } };
}
interface ProgramPayload {
  updateProgram: { program: { id: string; title: string; version: number } };
}
interface RecordPayload {
  recordMetrics: { observations: { id: string; academicYear: number; value: number }[] };
}

const dbId = (globalId: string): number => parseGlobalId(globalId)!.id;

/** Exactly one success; every other reply is CONFLICT on input.expectedVersion. Returns the index of the winner. */
function exactlyOneWins(replies: GqlResponse<unknown>[]): number {
  const winners = replies.map((r, i) => (r.errors?.length ? -1 : i)).filter((i) => i >= 0);
  expect(winners).toHaveLength(1);
  for (const [i, r] of replies.entries()) {
    if (i === winners[0]) continue;
    expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });
    expect(r.status).toBe(200);
    expect(r.data ?? null).toBeNull();
  }
  return winners[0];
}

describe.each(testTargets())('concurrent writes on %s', (target) => {
  let t: TestServer;
  let programIds: string[];
  let setId: string;
  let scenarioId: string;

  beforeAll(async () => {
    t = await startTestServer(target);
    programIds = ok(
      await t.gql<{ programs: { nodes: { id: string }[] } }>(
        '{ programs(first: 100) { nodes { id } } }',
        {},
        t.keys.planner,
      ),
    ).programs.nodes.map((p) => p.id);
    setId = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: { id: string } } }>(
        'mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id } } }',
        { input: { name: 'Concurrency set' } },
        t.keys.planner,
      ),
    ).createAssumptionSet.assumptionSet.id;
    scenarioId = ok(
      await t.gql<{ createScenario: { scenario: { id: string } } }>(
        'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } } }',
        {
          input: { name: 'Concurrency scenario', horizonYears: 5, draws: 100, changes: [{ programId: programIds[0] }] },
        },
        t.keys.planner,
      ),
    ).createScenario.scenario.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const setVersion = async () => (await t.server.orm.em.fork().findOneOrFail(AssumptionSet, dbId(setId))).version;
  const scenarioRow = async () => t.server.orm.em.fork().findOneOrFail(Scenario, dbId(scenarioId));

  describe('with the same expectedVersion, exactly one of N parallel updates wins', () => {
    it('updateAssumption on an own assumption set', async () => {
      const version = await setVersion();
      // Each request sets a different mode, so the stored value names the winner.
      const modes = Array.from({ length: N }, (_, i) => (i + 1) * 0.03);
      const replies = await Promise.all(
        modes.map((mode) =>
          t.gql<SetPayload>(
            UPDATE_ASSUMPTION,
            {
              input: {
                assumptionSetId: setId,
                expectedVersion: version,
                override: { parameter: 'ENGAGEMENT_EFFECT', low: 0, mode, high: 0.5 },
              },
            },
            t.keys.planner,
          ),
        ),
      );
      const winner = exactlyOneWins(replies);
      const won = ok(replies[winner]).updateAssumption.assumptionSet;
      expect(won.version).toBe(version + 1);
      expect(won.assumptions.find((a) => a.parameter === 'ENGAGEMENT_EFFECT')?.mode).toBeCloseTo(modes[winner], 12);
      expect(await setVersion()).toBe(version + 1);
      const stored = await t.server.orm.em
        .fork()
        .findOneOrFail(Assumption, { assumptionSet: dbId(setId), parameter: ModelParameter.ENGAGEMENT_EFFECT });
      expect(stored.mode).toBeCloseTo(modes[winner], 12);
    });

    it('updateScenario', async () => {
      const version = (await scenarioRow()).version;
      const names = Array.from({ length: N }, (_, i) => `Parallel ${i}`);
      const replies = await Promise.all(
        names.map((name) =>
          t.gql<ScenarioPayload>(
            UPDATE_SCENARIO,
            { input: { id: scenarioId, expectedVersion: version, name } },
            t.keys.planner,
          ),
        ),
      );
      const winner = exactlyOneWins(replies);
      expect(ok(replies[winner]).updateScenario.scenario).toMatchObject({ name: names[winner], version: version + 1 });
      expect(await scenarioRow()).toMatchObject({ name: names[winner], version: version + 1 });
    });

    it('updateProgram', async () => {
      const program = await t.server.orm.em.fork().findOneOrFail(DegreeProgram, dbId(programIds[1]));
      const titles = Array.from({ length: N }, (_, i) => `Parallel title ${i}`);
      const replies = await Promise.all(
        titles.map((title) =>
          t.gql<ProgramPayload>(
            UPDATE_PROGRAM,
            { input: { id: programIds[1], expectedVersion: program.version, title } },
            t.keys.planner,
          ),
        ),
      );
      const winner = exactlyOneWins(replies);
      expect(ok(replies[winner]).updateProgram.program).toMatchObject({
        title: titles[winner],
        version: program.version + 1,
      });
      expect(await t.server.orm.em.fork().findOneOrFail(DegreeProgram, dbId(programIds[1]))).toMatchObject({
        title: titles[winner],
        version: program.version + 1,
      });
    });
  });

  describe('without expectedVersion, every parallel update applies and bumps the version once', () => {
    it('updateScenario', async () => {
      const version = (await scenarioRow()).version;
      const names = Array.from({ length: N }, (_, i) => `Blind ${i}`);
      const replies = await Promise.all(
        names.map((name) =>
          t.gql<ScenarioPayload>(UPDATE_SCENARIO, { input: { id: scenarioId, name } }, t.keys.planner),
        ),
      );
      const versions = replies.map((r) => ok(r).updateScenario.scenario.version);
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => version + 1 + i));
      // The stored name is that of the update that bumped the version last.
      const last = versions.indexOf(version + N);
      expect(await scenarioRow()).toMatchObject({ name: names[last], version: version + N });
    });

    it('updateAssumption', async () => {
      const version = await setVersion();
      const modes = Array.from({ length: N }, (_, i) => (i + 1) * 0.04);
      const replies = await Promise.all(
        modes.map((mode) =>
          t.gql<SetPayload>(
            UPDATE_ASSUMPTION,
            {
              input: { assumptionSetId: setId, override: { parameter: 'ENROLLMENT_EFFECT', low: 0, mode, high: 0.5 } },
            },
            t.keys.planner,
          ),
        ),
      );
      const versions = replies.map((r) => ok(r).updateAssumption.assumptionSet.version);
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => version + 1 + i));
      const last = versions.indexOf(version + N);
      const stored = await t.server.orm.em
        .fork()
        .findOneOrFail(Assumption, { assumptionSet: dbId(setId), parameter: ModelParameter.ENROLLMENT_EFFECT });
      expect(stored.mode).toBeCloseTo(modes[last], 12);
      expect(await setVersion()).toBe(version + N);
    });
  });

  it('recordMetrics batches racing over a shared row are each applied whole or not at all', async () => {
    const program = programIds[2];
    const count = (where: Record<string, unknown>) =>
      t.server.orm.em
        .fork()
        .count(MetricObservation, { program: dbId(program), metric: ObservedMetric.COMPLETIONS, ...where });
    for (let round = 0; round < 4; round++) {
      // Batch k: five years of its own plus one year every batch writes; values name the batch (the demo's years are 2022–2024).
      const shared = 1990 + round;
      const batches = Array.from({ length: 4 }, (_, k) => [
        ...Array.from({ length: 5 }, (_, y) => ({
          programId: program,
          academicYear: 1901 + round * 20 + k * 5 + y,
          metric: 'COMPLETIONS',
          value: 1000 + k,
        })),
        { programId: program, academicYear: shared, metric: 'COMPLETIONS', value: 1000 + k },
      ]);
      const replies = await Promise.all(
        batches.map((observations) => t.gql<RecordPayload>(RECORD, { input: { observations } }, t.keys.planner)),
      );
      const succeeded: number[] = [];
      for (const [k, reply] of replies.entries()) {
        const own = await count({
          academicYear: { $gte: 1901 + round * 20 + k * 5, $lt: 1901 + round * 20 + k * 5 + 5 },
        });
        if (reply.errors?.length) {
          // A batch that lost the race says so, with a client error, and left nothing behind.
          expect(['CONFLICT']).toContain(errorOf(reply).code);
          expect(own).toBe(0);
        } else {
          expect(ok(reply).recordMetrics.observations).toHaveLength(6);
          expect(own).toBe(5);
          succeeded.push(k);
        }
      }
      expect(succeeded.length).toBeGreaterThanOrEqual(1);
      const sharedRow = await t.server.orm.em.fork().findOneOrFail(MetricObservation, {
        program: dbId(program),
        metric: ObservedMetric.COMPLETIONS,
        academicYear: shared,
      });
      expect(succeeded.map((k) => 1000 + k)).toContain(sharedRow.value);
    }
  });
});
