import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { buildUpliftSchema } from '../../src/app/schema';
import { startTestServer, type TestServer } from '../support/server';
import { testTargets } from '../support/databases';

/**
 * graphql-jit 0.8.9 writes literal argument values into generated code and turns
 * "__MAGIC_DATE__<uuid><text>" into `new Date(<text>)`: code chosen by the client. The executor
 * (src/app/jit-executor.ts) never compiles a document with a string literal; these tests show the
 * hole in the library itself, then that no request can reach it.
 */
const MARK = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
const probe = (n: number) => `${MARK}0)&&(globalThis.__upliftJitProbe=${n})&&(0`;
const probed = () => (globalThis as { __upliftJitProbe?: number }).__upliftJitProbe;

describe('graphql-jit itself', () => {
  it('runs code from a string literal when it compiles one (the reason for the guard)', () => {
    const document = parse(`{ programs(filter: { search: "${probe(1)}" }) { totalCount } }`);
    const compiled = compileQuery(buildUpliftSchema(), document);
    expect(isCompiledQuery(compiled)).toBe(true);
    if (isCompiledQuery(compiled)) void compiled.query(undefined, {}, {});
    expect(probed()).toBe(1);
    delete (globalThis as { __upliftJitProbe?: number }).__upliftJitProbe;
  });

  it("does not apply an input field's default to a variable that leaves it out (the reason for the second guard)", async () => {
    const document = parse(
      'mutation($i: OptimizePortfolioInput!) { optimizePortfolio(input: $i) { plan { objective } } }',
    );
    const compiled = compileQuery(buildUpliftSchema(), document);
    expect(isCompiledQuery(compiled)).toBe(true);
    if (!isCompiledQuery(compiled)) return;
    const res = await compiled.query(undefined, {}, { i: { horizonYears: 5, budget: 1000 } });
    expect(res.errors?.[0]?.message).toMatch(/objective of required type OutcomeMetric! was not provided/);
  });
});

describe.each(testTargets())('compiled execution on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['an argument', `{ programs(filter: { search: "${probe(2)}" }) { totalCount } }`, undefined],
    [
      'a variable default',
      `query($s: String = "${probe(3)}") { programs(filter: { search: $s }) { totalCount } }`,
      undefined,
    ],
    ['a variable', 'query($s: String) { programs(filter: { search: $s }) { totalCount } }', { s: probe(4) }],
  ])('never runs code from a string in %s', async (_where, query, variables) => {
    const res = await t.gql<{ programs: { totalCount: number } }>(query, variables, t.keys.viewer);
    expect(probed()).toBeUndefined();
    // Answered as a plain search that matches nothing.
    expect(res.errors).toBeUndefined();
    expect(res.data?.programs.totalCount).toBe(0);
  });

  it("applies an input field's default to a variable that leaves it out: the optimizer's objective", async () => {
    const res = await t.gql<{ optimizePortfolio: { plan: { objective: string } } }>(
      'mutation($i: OptimizePortfolioInput!) { optimizePortfolio(input: $i) { plan { objective } } }',
      { i: { horizonYears: 2, budget: 1000, draws: 50, evaluationDraws: 50 } },
      t.keys.planner,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.optimizePortfolio.plan.objective).toBe('CONTRIBUTION_MARGIN');
  });

  it('answers compiled documents the same as before: data, errors with their codes and fields', async () => {
    const page = await t.gql<{ programs: { totalCount: number; nodes: { code: string }[] } }>(
      'query($n: Int) { programs(first: $n) { totalCount nodes { code } } }',
      { n: 2 },
      t.keys.viewer,
    );
    expect(page.data?.programs.nodes).toHaveLength(2);
    expect(page.data?.programs.totalCount).toBeGreaterThan(2);
    const bad = await t.gql(
      'query($n: Int, $m: Int) { programs(first: $n, last: $m) { totalCount } }',
      { n: 1, m: 1 },
      t.keys.viewer,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
