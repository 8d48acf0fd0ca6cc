import { PARAMETERS } from '../../model';

const ORDER: readonly string[] = PARAMETERS;

/** Assumptions in the model's parameter order, so every set reads (and hashes) the same way. */
export function inParameterOrder<A extends { parameter: string }>(assumptions: readonly A[]): A[] {
  return [...assumptions].sort((a, b) => ORDER.indexOf(a.parameter) - ORDER.indexOf(b.parameter));
}
