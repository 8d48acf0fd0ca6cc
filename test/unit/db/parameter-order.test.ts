/**
 * Stored calibration samples are positional in PARAMETERS order (calibration.rules encodeSample), so a new parameter
 * may only be appended, and each data migration knows which columns it wrote: this holds the comment in
 * src/model/types.ts to the migrations that rely on it.
 */
import { describe, expect, it } from '@jest/globals';
import { PARAMETERS } from '../../../src/model';
import { ADDED } from '../../../src/db/migrations/add-offer-and-diversion';
import { ADDED_RELEVANCE } from '../../../src/db/migrations/add-relevance-floor';
import { V2_0_ORDER } from '../../../src/db/migrations/convert-v1-sets';

describe("the model's parameter order", () => {
  it("starts with model v2.0's six, in the order Migration20261207120100 wrote them", () => {
    expect(PARAMETERS.slice(0, V2_0_ORDER.length)).toEqual([...V2_0_ORDER]);
  });

  it('continues with what Migration20261207230000 and then Migration20261208000400 appended, and nothing else', () => {
    expect(PARAMETERS.slice(V2_0_ORDER.length)).toEqual([...ADDED, ...ADDED_RELEVANCE].map((a) => a.parameter));
  });
});
