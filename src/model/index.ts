/**
 * The uplift model (docs/MODEL.md): pure functions, plain inputs in, plain numbers out.
 */
export * from './types';

/**
 * Bumped whenever the model's numbers change for the same inputs and seed (formulas, PRNG,
 * samplers, quantiles): include it in cache keys of stored projections.
 */
export const MODEL_VERSION = 5;
export { uplift, mixedRate, recoverRate, realisedRatio, RISK_CAP } from './uplift';
export { createRng } from './rng';
export { offerHours, dose, isSmallOffer, type CreditUnitName } from './dose';
export { createSampler, distributionMean } from './distributions';
export { quantile, summarize } from './quantiles';
export { validateAssumption, pointValue } from './assumptions';
export { projectProgram } from './program';
export { projectPortfolio } from './portfolio';
export { simulate, drawParameters } from './simulate';
export { sensitivity } from './sensitivity';
