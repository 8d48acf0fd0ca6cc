/**
 * Query cost of simulation work, shared by the cost plugin (priced before execution) and the services
 * that find more work while running (a saved scenario whose inputs changed). See SECURITY.md.
 */

/** Program-year-draws of simulation that cost one point (100,000 draws × 30 years × 15 programs = 900). */
export const SIMULATION_WORK_PER_POINT = 50_000;

/** Points of simulation work: draws × years × programs, per SIMULATION_WORK_PER_POINT. */
export function simulationPoints(draws: number, years: number, programs: number): number {
  return Math.ceil((draws * years * Math.max(1, programs)) / SIMULATION_WORK_PER_POINT);
}
