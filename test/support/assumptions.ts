/** An assumption override fixed at one value (createAssumptionSet's `overrides`), for hand-computed checks. */
export const fixed = (parameter: string, value: number) => ({
  parameter,
  low: value,
  mode: value,
  high: value,
  distribution: 'FIXED',
  zeroMass: 0,
});
