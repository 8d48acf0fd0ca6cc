import { describe, expect, it } from '@jest/globals';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildUpliftSchema } from '../../../src/app/schema';

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
});
