import { describe, expect, it } from '@jest/globals';
import { isEnumType } from 'graphql';
import { buildUpliftSchema } from '../../../../src/app/schema';
import { ImportProblemCode, NOTICE_CODES } from '../../../../src/modules/import/engine/import-problem';

describe('ImportProblemCode', () => {
  it('is the one list of codes: the GraphQL enum has exactly its values, each saying whether it rejects', () => {
    const type = buildUpliftSchema().getType('ImportProblemCode');
    if (!isEnumType(type)) throw new Error('ImportProblemCode is not an enum');
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(Object.values(ImportProblemCode).sort());
    for (const v of type.getValues()) {
      const note = NOTICE_CODES.has(v.value as ImportProblemCode);
      expect(v.description).toMatch(note ? /^A note: rejects nothing\. / : /^Rejects the record\. /);
    }
  });
});
