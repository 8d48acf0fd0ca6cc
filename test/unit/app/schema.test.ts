import { describe, expect, it } from '@jest/globals';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildUpliftSchema } from '../../../src/app/schema';
import { isDirect } from '../../../src/app/direct-resolvers';
import { toGlobalId } from '../../../src/core/global-id';
import { DegreeProgram } from '../../../src/modules/program/degree-program.entity';

describe('plain fields are read without a resolver (src/app/schema.ts)', () => {
  const schema = buildUpliftSchema();

  it('a plain field has no resolver, a field resolver keeps its own', () => {
    const program = schema.getType('DegreeProgram');
    if (!isObjectType(program)) throw new Error('DegreeProgram is not an object type');
    expect(program.getFields().code.resolve).toBeUndefined();
    expect(program.getFields().title.resolve).toBeUndefined();
    expect(program.getFields().baseline.resolve).toBeInstanceOf(Function);
    expect(program.getFields().embeddedCredentials.resolve).toBeInstanceOf(Function);
  });

  it('every plain field is served under its property name, so reading the property by the field name is right', () => {
    const storage = getMetadataStorage();
    const renamed = storage.fields
      .filter((f) => f.schemaName !== f.name)
      .map((f) => `${(f.target as { name: string }).name}.${f.name} as ${f.schemaName}`);
    expect(renamed).toEqual([]);
  });

  it('no middleware or auth checker exists that a field without a resolver would skip', () => {
    expect(getMetadataStorage().middlewares).toEqual([]);
    expect(getMetadataStorage().authorizedFields).toEqual([]);
  });

  it('calls field resolvers that take only root, context and info directly, with the same answers', async () => {
    const program = schema.getType('DegreeProgram');
    if (!isObjectType(program)) throw new Error('DegreeProgram is not an object type');
    const row = Object.assign(Object.create(DegreeProgram.prototype) as DegreeProgram, {
      id: 7,
      annualProspects: 1000,
      annualNewEnrollments: 250,
      engagementRate: 0.5,
      retentionRate: 0.8,
      prospectGrowthRate: 0.01,
    });
    const info = {} as GraphQLResolveInfo;
    const { id, baseline } = program.getFields();
    expect(isDirect(id.resolve)).toBe(true);
    expect(isDirect(baseline.resolve)).toBe(true);
    // One with arguments keeps type-graphql's wrapper, which converts and validates them.
    expect(isDirect(program.getFields().metrics.resolve)).toBe(false);
    expect(await id.resolve!(row, {}, {}, info)).toBe(toGlobalId('DegreeProgram', 7));
    expect(await baseline.resolve!(row, {}, {}, info)).toEqual({
      annualProspects: 1000,
      annualNewEnrollments: 250,
      engagementRate: 0.5,
      retentionRate: 0.8,
      prospectGrowthRate: 0.01,
      enrollmentRate: 0.25,
    });
    // Built once per process: asking again gives the same schema, nothing wrapped twice.
    expect(buildUpliftSchema()).toBe(schema);
  });
});
