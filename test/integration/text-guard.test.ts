import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { testTargets } from '../support/databases';
import { errorOf, startTestServer, type TestServer } from '../support/server';

const CREATE = 'mutation($i: CreateCredentialInput!) { createCredential(input: $i) { credential { id } } }';

// Text with a NUL character is the caller's mistake: named, refused before any write, never a 500.
describe.each(testTargets())('NUL characters on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  const credentials = () => t.server.orm.em.fork().count(MicroCredential, {});

  it('refuses one in a variable, naming where it is, and writes nothing', async () => {
    const before = await credentials();
    const input = { title: 'T', issuer: 'I', creditRecognition: 'NONE', achievementType: 'Badge\u0000' };
    const res = await t.gql(CREATE, { i: input }, t.keys.planner);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.achievementType' });
    expect(await credentials()).toBe(before);
  });

  it('refuses one in a literal of the query', async () => {
    const query =
      'mutation { createCredential(input: { title: "T\\u0000", issuer: "I", creditRecognition: NONE }) { credential { id } } }';
    expect(errorOf(await t.gql(query, {}, t.keys.planner))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('keeps serving', async () => {
    const res = await t.gql<{ viewer: { role: string } }>('{ viewer { role } }', {}, t.keys.viewer);
    expect(res.data?.viewer.role).toBe('VIEWER');
  });
});
