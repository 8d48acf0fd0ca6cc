/** Where a program's graduates work (issue 19): its occupations with the BLS figures, on #/programs/<id>. */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { installDom, type TestDom } from './dom';
import { ProgramOccupations } from '../../../web/src/views/program';

// The view module preloads Plot (an ES module jest cannot require); nothing here draws a chart.
jest.mock('@observablehq/plot', () => ({}));

let page: TestDom;
beforeAll(() => {
  page = installDom();
});
afterEach(async () => {
  await act(() => render(null, page.root));
});
afterAll(() => page.restore());

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
type Program = Parameters<typeof ProgramOccupations>[0]['program'];

const show = async (program: Program) => {
  await act(() => render(<ProgramOccupations program={program} />, page.root));
  return page.root;
};

describe("a program's occupations", () => {
  it('lists each with its employment, growth, openings and median wage (in US dollars, the BLS figures)', async () => {
    const root = await show({
      code: 'BS-CS',
      cipCode: '11.0701',
      occupations: [
        {
          id: 'o1',
          code: '15-1252',
          title: 'Software developers',
          employment: 1693.8,
          projectedGrowth: 0.158,
          annualOpenings: 115.2,
          medianWage: 133080,
        },
        {
          id: 'o2',
          code: '15-1299',
          title: 'Computer occupations, all other',
          employment: null,
          projectedGrowth: null,
          annualOpenings: null,
          medianWage: null,
        },
      ],
    });
    expect(text(root.querySelector('caption'))).toMatch(/BS-CS leads to \(CIP 11\.0701/);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(cells).toEqual([
      ['Software developers', '15-1252', '1,693.8', '15.8%', '115.2', '$133,080'],
      ['Computer occupations, all other', '15-1299', '—', '—', '—', '—'],
    ]);
  });

  it('says why there are none: no CIP code, or none in the crosswalk', async () => {
    expect(text(await show({ code: 'X', cipCode: null, occupations: [] }))).toMatch(/has no CIP code/);
    expect(text(await show({ code: 'X', cipCode: '14.0101', occupations: [] }))).toMatch(
      /No occupation is known for CIP 14\.0101/,
    );
  });
});
