/**
 * The portfolio optimiser (DESIGN §4.3): pure functions on plain data, plus the HiGHS runner.
 */
export * from './types';
export { optimizePortfolio, solvePortfolio, DEFAULT_LIMITS } from './optimize';
export type { OptimizeDeps } from './optimize';
export { evaluationSeedFor, normalizeInput, MAX_DRAWS, MAX_HORIZON_YEARS } from './validate';
export { loadHighsSolver } from './highs';
export type { MipSolver, MipSolveOptions, MipSolveResult, MipStatus } from './highs';
export { cvarOf } from './cvar';
export {
  OptimizerError,
  OptimizerInputError,
  SearchTooLargeError,
  SolverFailedError,
  toErrorData,
  fromErrorData,
} from './errors';
export type { OptimizerErrorCode, OptimizerErrorData } from './errors';
