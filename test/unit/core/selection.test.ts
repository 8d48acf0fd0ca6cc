import { describe, expect, it } from '@jest/globals';
import { buildSchema, graphql, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { selectionOf, type Selection } from '../../../src/core/selection';
import { nodesSelectionOf } from '../../../src/core/connection';

/** What a query selects below a field, told plain from resolved by the schema (src/core/selection.ts). */
describe('selectionOf', () => {
  const schema = buildSchema(`
    interface Named { name: String }
    type Credential implements Named { id: ID name: String issuer: String }
    type Embedding { id: ID credits: Float credential: Credential }
    type Program implements Named { id: ID code: String name: String baseline: Float embeddings: [Embedding] }
    type Page { nodes: [Program] edges: [Edge] }
    type Edge { node: Program cursor: String }
    type Query { programs: Page named: Named }
  `);
  const program = schema.getType('Program');
  if (!isObjectType(program)) throw new Error('no Program');
  // Fields with a resolver of their own, as type-graphql's field resolvers are.
  program.getFields().baseline.resolve = () => 1;
  program.getFields().embeddings.resolve = () => [];

  async function capture(query: string, at: (info: GraphQLResolveInfo) => unknown): Promise<unknown> {
    let seen: unknown;
    const rootValue = {
      programs: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
        seen = at(info);
        return { nodes: [], edges: [] };
      },
      named: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
        seen = at(info);
        return null;
      },
    };
    const result = await graphql({ schema, source: query, rootValue });
    expect(result.errors).toBeUndefined();
    return seen;
  }

  it('splits the fields under a path into plain and resolved, through fragments, inline fragments and aliases', async () => {
    const selection = await capture(
      `query { programs { nodes { code renamed: name __typename ...More ... on Program { baseline } } } }
       fragment More on Named { ... on Program { embeddings { id } id } }`,
      (info) => selectionOf(info, ['nodes']),
    );
    expect(selection).toEqual({ plain: ['code', 'id', 'name'], resolved: ['baseline', 'embeddings'] });
  });

  it('merges nodes with edges { node }, and is empty for a path not selected', async () => {
    const both = await capture('{ programs { nodes { code } edges { cursor node { name } } } }', nodesSelectionOf);
    expect(both).toEqual({ plain: ['code', 'name'], resolved: [] });
    const none = await capture('{ programs { nodes { code } } }', (info) => selectionOf(info, ['edges', 'node']));
    expect(none).toEqual({ plain: [], resolved: [] });
  });

  it('is null where the value is not of one object type (an interface)', async () => {
    expect(await capture('{ named { name } }', (info) => selectionOf(info))).toBeNull();
  });

  it('gives the same object for the same field of a document, so what is derived from it can be kept', async () => {
    const twice = (await capture('{ programs { nodes { code } } }', (info) => [
      selectionOf(info, ['nodes']),
      selectionOf(info, ['nodes']),
    ])) as Selection[];
    expect(twice[0]).toBe(twice[1]);
  });
});
