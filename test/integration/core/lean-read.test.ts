import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DriverException, type MikroORM } from '@mikro-orm/core';
import { migrate, openOrm } from '../../../src/db/orm';
import { leanFind, leanShape } from '../../../src/core/lean-read';
import { placeholders, selectRows, selectTable } from '../../../src/core/lean-sql';
import { paginateLean } from '../../../src/core/connection';
import { scopeSql } from '../../../src/auth/scope';
import { Institution } from '../../../src/modules/institution/institution.entity';
import { MicroCredential } from '../../../src/modules/credential/micro-credential.entity';
import { DegreeProgram } from '../../../src/modules/program/degree-program.entity';
import { CreditRecognition, CreditUnit, Modality, ProgramLevel } from '../../../src/modules/common/enums';
import { createTestDatabase, testTargets, type TestDatabase } from '../../support/databases';

/**
 * The lean read path (src/core/lean-sql.ts, lean-read.ts) on each real database: the objects it maps
 * equal what the ORM loads, statements are logged like the ORM's, and a page equals `paginate`'s.
 */
describe.each(testTargets())('lean reads on %s', (target) => {
  let db: TestDatabase;
  let orm: MikroORM;
  const logged: string[] = [];
  let institutionId = 0;

  beforeAll(async () => {
    db = await createTestDatabase(target);
    orm = await openOrm(db.config, { onQuery: (sql) => logged.push(sql) });
    await migrate(orm);
    const em = orm.em.fork();
    const inst = em.create(Institution, {
      name: 'Lean U',
      slug: 'lean-u',
      country: 'US',
      creditUnit: CreditUnit.US_CREDIT_HOUR,
      currency: 'USD',
    });
    for (const code of ['B', 'A', 'C']) {
      em.create(DegreeProgram, {
        institution: inst,
        code,
        title: `Program ${code}`,
        level: ProgramLevel.BACHELOR,
        modality: Modality.ONLINE,
        cipCode: null,
        totalCredits: 120,
        durationYears: 4,
        tuitionPerCredit: 300,
        annualProspects: 1000,
        annualNewEnrollments: 100,
        engagementRate: 0.5,
        retentionRate: 0.8,
        prospectGrowthRate: 0,
      });
    }
    em.create(MicroCredential, {
      institution: null,
      title: 'Shared',
      issuer: 'Issuer',
      skills: ['SQL', 'Näive "quotes"'],
      skillsIndex: '|sql|',
      creditRecognition: CreditRecognition.ACE_RECOMMENDED,
      creditBearing: true,
      creditValue: 3,
      creditUnit: CreditUnit.US_CREDIT_HOUR,
    });
    await em.flush();
    institutionId = inst.id;
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('maps rows to objects equal to the entities the ORM loads, with the entity prototype', async () => {
    const em = orm.em.fork();
    const managed = await em.find(MicroCredential, {}, { orderBy: { id: 'ASC' } });
    const lean = await leanFind(em, MicroCredential, 'order by t.id', []);
    expect(lean).toHaveLength(managed.length);
    const [m, l] = [managed[0], lean[0]];
    expect(l).toBeInstanceOf(MicroCredential);
    expect(l.skills).toEqual(['SQL', 'Näive "quotes"']); // JSON parsed on SQLite, as given on PostgreSQL
    expect(l.creditBearing).toBe(true); // SQLite's 1
    expect(l.createdAt).toBeInstanceOf(Date);
    expect(l.createdAt.getTime()).toBe(m.createdAt.getTime());
    expect(l.institution).toBeNull();
    for (const key of ['id', 'title', 'issuer', 'creditValue', 'creditUnit', 'costPerLearner', 'version'] as const) {
      expect(l[key]).toEqual(m[key]);
    }
    const program = (await leanFind(em, DegreeProgram, 'order by t.id limit 1', []))[0];
    expect(program.institution).toEqual({ id: institutionId }); // a many-to-one as an unloaded reference
    // Lean objects are not in the unit of work.
    expect(
      em
        .getUnitOfWork()
        .getIdentityMap()
        .values()
        .some((e) => e === l),
    ).toBe(false);
  });

  it('reuses one prepared statement per text, and reports every statement to the query log', async () => {
    const em = orm.em.fork();
    logged.length = 0;
    const sql = `select t.id from "degree_program" t where t.id in (${placeholders(2)}) order by t.id`;
    const first = await selectTable(em, sql, [1, 2]);
    const again = await selectRows(em, sql, [2, 3]);
    expect(first.columns).toEqual(['id']);
    expect(first.rows.map((r) => Number(r[0]))).toEqual([1, 2]);
    expect(again.map((r) => Number(r.id))).toEqual([2, 3]);
    expect(logged.filter((q) => q.includes('"degree_program" t where t.id in'))).toHaveLength(2);
  });

  it('spells the tenant scopes as the ORM filters do', async () => {
    const em = orm.em.fork();
    const shape = leanShape(em, MicroCredential);
    const count = async (scope: Parameters<typeof scopeSql>[0]) => {
      const s = scopeSql(scope, 't');
      return (await selectRows(em, `select t.id from "${shape.table}" t where ${s.sql}`, s.params)).length;
    };
    expect(await count({})).toBe(1);
    expect(await count({ id: -1 })).toBe(0);
    expect(await count({ institution: institutionId })).toBe(0);
    expect(await count({ $or: [{ institution: null }, { institution: institutionId }] })).toBe(1);
  });

  it('pages like paginate, and counts only when totalCount is read', async () => {
    const em = orm.em.fork();
    logged.length = 0;
    const page = await paginateLean(
      em,
      DegreeProgram,
      { institution: institutionId },
      { field: 'code', direction: 'ASC' },
      { first: 2 },
    );
    expect(page.nodes.map((p) => p.code)).toEqual(['A', 'B']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(logged).toHaveLength(1);
    expect(await page.totalCount).toBe(3);
    expect(logged).toHaveLength(2);
    const next = await paginateLean(
      em,
      DegreeProgram,
      { institution: institutionId },
      { field: 'code', direction: 'ASC' },
      { first: 2, after: page.pageInfo.endCursor },
    );
    expect(next.nodes.map((p) => p.code)).toEqual(['C']);
  });

  it('reads inside a transaction through the transaction, seeing its own writes', async () => {
    await orm.em.fork().transactional(async (em) => {
      const p = await em.findOneOrFail(DegreeProgram, { code: 'A' });
      p.title = 'Renamed in the transaction';
      await em.flush();
      const [row] = await selectRows(em, 'select title from "degree_program" where code = ?', ['A']);
      expect(row.title).toBe('Renamed in the transaction');
    });
  });

  it("never reads another transaction's uncommitted writes (SQLite's one connection is busy until it ends)", async () => {
    let read: Promise<Record<string, unknown>[]> | undefined;
    await expect(
      orm.em.fork().transactional(async (em) => {
        const p = await em.findOneOrFail(DegreeProgram, { code: 'B' });
        p.title = 'Not committed';
        await em.flush();
        read = selectRows(orm.em.fork(), 'select title from "degree_program" where code = ?', ['B']);
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await read).toEqual([{ title: 'Program B' }]);
  });

  it("turns a driver's error into the ORM's exception", async () => {
    await expect(selectRows(orm.em.fork(), 'select nope from "no_such_table"')).rejects.toBeInstanceOf(DriverException);
  });

  it('reads only the properties asked for, the same values as a whole row, and throws on any other', async () => {
    const em = orm.em.fork();
    const tail = 'where t.code = ?';
    const [whole] = await leanFind(em, DegreeProgram, tail, ['A']);
    logged.length = 0;
    const [some] = await leanFind(em, DegreeProgram, tail, ['A'], ['code', 'annualProspects']);
    expect(logged.join('\n')).not.toContain('tuition_per_credit');
    expect(some).toBeInstanceOf(DegreeProgram);
    expect({ id: some.id, code: some.code, annualProspects: some.annualProspects }).toEqual({
      id: whole.id,
      code: whole.code,
      annualProspects: whole.annualProspects,
    });
    expect(() => some.tuitionPerCredit).toThrow('DegreeProgram.tuitionPerCredit was not read');
    const shape = leanShape(em, DegreeProgram);
    expect(shape.propertiesRead({ plain: ['code', 'title'], resolved: ['id'] }, {})).toEqual(['code', 'id', 'title']);
    expect(
      shape.propertiesRead({ plain: ['code'], resolved: ['baseline'] }, { baseline: ['annualProspects'] }),
    ).toEqual(['annualProspects', 'code', 'id']);
    expect(shape.propertiesRead({ plain: ['code'], resolved: ['metrics'] }, {})).toBeNull(); // undeclared: all
    expect(shape.propertiesRead({ plain: ['notAColumn'], resolved: [] }, {})).toBeNull();
    expect(shape.propertiesRead(null, {})).toBeNull();
  });
});
