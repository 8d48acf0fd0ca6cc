/**
 * The portfolio optimiser (docs/MODEL.md §16): pure functions on plain data, plus the HiGHS runner.
 */
export * from './types';
export { optimizePortfolio, solvePortfolio } from './optimize';
export { evaluationSeedFor, MAX_DRAWS, MAX_HORIZON_YEARS } from './validate';
export { loadHighsSolver } from './highs';
export type { MipSolver, MipSolveResult } from './highs';
export { OptimizerInputError, SearchTooLargeError, SolverFailedError, toErrorData, fromErrorData } from './errors';
export type { OptimizerErrorData } from './errors';
