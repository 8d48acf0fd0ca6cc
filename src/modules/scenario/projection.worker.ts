import { simulate, type SimulationInput, type SummaryRow } from '../../model';

/** Piscina worker: one simulation per task, nothing else (the model is pure). */
export default function run(input: SimulationInput): SummaryRow[] {
  return simulate(input).rows;
}
