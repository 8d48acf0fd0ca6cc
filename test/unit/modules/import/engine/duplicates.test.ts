import { describe, expect, it } from '@jest/globals';
import { FirstSeen } from '../../../../../src/modules/import/engine/duplicates';
import type { Outcome, RecordItem } from '../../../../../src/modules/import/engine/import-item';

const item = (code: string, line: number): RecordItem<{ code: string }> => ({
  kind: 'record',
  location: `row ${line}`,
  ref: line,
  record: { code },
});

describe('FirstSeen: drop duplicates, keep the rest', () => {
  const seen = () =>
    new FirstSeen<string, { code: string }>((i, first) => ({
      field: 'code',
      message: `${i.record.code} already appears in ${first}`,
    }));

  it('keeps first occurrences in order and reports repeats where they are, across batches', () => {
    const s = seen();
    const first = [item('A', 2), item('B', 3), item('A', 4)];
    const outcomes1 = new Array<Outcome>(first.length);
    expect(s.keep(first, outcomes1, (i) => i.record.code)).toEqual([0, 1]);
    expect(outcomes1[2]).toEqual([
      { location: 'row 4', field: 'code', code: 'DUPLICATE', message: 'A already appears in row 2' },
    ]);

    const second = [item('C', 5), item('B', 6)];
    const outcomes2 = new Array<Outcome>(second.length);
    expect(s.keep(second, outcomes2, (i) => i.record.code)).toEqual([0]);
    expect(outcomes2[1]).toEqual([
      { location: 'row 6', field: 'code', code: 'DUPLICATE', message: 'B already appears in row 3' },
    ]);
  });

  it('looks only among the records not decided yet', () => {
    const s = seen();
    const batch = [item('A', 2), item('A', 3), item('A', 4)];
    const outcomes = new Array<Outcome>(batch.length);
    outcomes[0] = 'created';
    expect(s.keep(batch, outcomes, (i) => i.record.code, [1, 2])).toEqual([1]);
    expect(outcomes[0]).toBe('created');
    expect(outcomes[2]).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', message: 'A already appears in row 3' }),
    ]);
  });
});
