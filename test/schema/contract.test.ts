import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isListType,
  isObjectType,
  type GraphQLType,
} from 'graphql';
import { buildUpliftSchema } from '../../src/app/schema';

const contractSdl = fs.readFileSync(path.join(__dirname, 'contract.graphql'), 'utf8');

/**
 * Parts of the contract that a later issue delivers. "Honest evidence" (issue 17), "effect structure and money"
 * (issue 18) and "labour-market alignment" (issue 19) are served; pending:
 * - durable jobs (issue 22): Job and its connection, JobKind, JobStatus, jobs, job, start*, cancelJob;
 * - the brief (issue 23): Scenario.briefPath.
 */
const PENDING = new Set<string>([
  // issue 22
  'JobKind',
  'JobStatus',
  'Job',
  'JobEdge',
  'JobConnection',
  'JobPayload',
  'CancelJobInput',
  'Query.jobs',
  'Query.job',
  'Mutation.startCalibration',
  'Mutation.startBacktest',
  'Mutation.startOptimization',
  'Mutation.cancelJob',
  // issue 23
  'Scenario.briefPath',
]);

/** The served type may be stricter (non-null) than the contract's, never looser, and names must match. */
function compatible(served: GraphQLType, contract: GraphQLType, output: boolean): boolean {
  if (isNonNullType(contract)) return isNonNullType(served) && compatible(served.ofType, contract.ofType, output);
  if (isNonNullType(served)) return output && compatible(served.ofType, contract, output);
  if (isListType(contract)) return isListType(served) && compatible(served.ofType, contract.ofType, output);
  if (isListType(served)) return false;
  // An output enum is sent as its value's name: a client that reads a String keeps working (ImportProblemCode).
  if (output && isEnumType(served) && contract.name === 'String') return true;
  return served.name === contract.name;
}

describe('the served schema implements the public contract', () => {
  it('the copy in test/schema matches ../shared/contract.graphql when it is there', () => {
    const shared = path.resolve(__dirname, '../../../shared/contract.graphql');
    if (fs.existsSync(shared)) expect(contractSdl).toBe(fs.readFileSync(shared, 'utf8'));
  });

  const contract = buildSchema(contractSdl);
  const served = buildUpliftSchema();
  const problems: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      PENDING.has(type.name) ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    const mine = served.getType(type.name);
    if (!mine) {
      problems.push(`missing type ${type.name}`);
      continue;
    }
    if (isEnumType(type)) {
      if (!isEnumType(mine)) {
        problems.push(`${type.name} is not an enum`);
        continue;
      }
      const values = new Set(mine.getValues().map((v) => v.name));
      for (const v of type.getValues())
        if (!values.has(v.name) && !PENDING.has(`${type.name}.${v.name}`))
          problems.push(`missing enum value ${type.name}.${v.name}`);
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      if (!isObjectType(mine) && !isInterfaceType(mine)) {
        problems.push(`${type.name} is not an object type`);
        continue;
      }
      const fields = mine.getFields();
      for (const f of Object.values(type.getFields())) {
        if (PENDING.has(`${type.name}.${f.name}`)) continue;
        const m = fields[f.name];
        if (!m) {
          problems.push(`missing field ${type.name}.${f.name}`);
          continue;
        }
        if (!compatible(m.type, f.type, true))
          problems.push(`${type.name}.${f.name}: ${String(m.type)} vs contract ${String(f.type)}`);
        for (const a of f.args) {
          const ma = m.args.find((x) => x.name === a.name);
          if (!ma) problems.push(`missing argument ${type.name}.${f.name}(${a.name})`);
          else if (!compatible(ma.type, a.type, false))
            problems.push(`${type.name}.${f.name}(${a.name}): ${String(ma.type)} vs ${String(a.type)}`);
        }
      }
      if (isObjectType(type) && isObjectType(mine)) {
        for (const i of type.getInterfaces())
          if (!mine.getInterfaces().some((x) => x.name === i.name))
            problems.push(`${type.name} does not implement ${i.name}`);
      }
    }
    if (isInputObjectType(type)) {
      if (!isInputObjectType(mine)) {
        problems.push(`${type.name} is not an input type`);
        continue;
      }
      const fields = mine.getFields();
      for (const f of Object.values(type.getFields())) {
        if (PENDING.has(`${type.name}.${f.name}`)) continue;
        const m = fields[f.name];
        if (!m) problems.push(`missing input field ${type.name}.${f.name}`);
        else if (!compatible(m.type, f.type, false))
          problems.push(`${type.name}.${f.name}: ${String(m.type)} vs contract ${String(f.type)}`);
      }
      for (const m of Object.values(fields)) {
        if (!type.getFields()[m.name] && isNonNullType(m.type) && m.defaultValue === undefined)
          problems.push(`extra required input field ${type.name}.${m.name}`);
      }
    }
  }

  it('has every contract type, field, argument and enum value with a compatible type', () => {
    expect(problems).toEqual([]);
  });

  it('describes every type, field, argument and enum value', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        type Described = { name: string; description?: string | null };
        const fields = Object.values(type.getFields() as Record<string, Described & { args?: readonly Described[] }>);
        for (const f of fields) {
          if (!f.description) undescribed.push(`${type.name}.${f.name}`);
          for (const a of f.args ?? []) if (!a.description) undescribed.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) undescribed.push(`${type.name}.${v.name}`);
    }
    expect(undescribed).toEqual([]);
  });
});
