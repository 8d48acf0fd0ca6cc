/**
 * Calibration on the institution's own results (DESIGN §4.2): pure functions, plain inputs in, plain
 * numbers out. Entry point: calibrate.
 */
export { calibrate, MIN_DRAWS, MAX_DRAWS, MAX_SAMPLE } from './calibrate';
export type {
  CalibrationInput,
  CalibrationOptions,
  CalibrationResult,
  CalibrationStatus,
  DerivedQuantity,
  LocalEffectEstimate,
  ParameterPosterior,
} from './calibrate';
export { buildPanel, untreatedIn, CALIBRATION_OUTCOMES } from './panel';
export type {
  CalibrationOutcome,
  ClassifiedProgram,
  EmbeddingStatus,
  ExclusionReason,
  Panel,
  PanelProgram,
  PilotEmbedding,
  YearActuals,
} from './panel';
export { estimateAll, SMALL_EVENTS, SMALL_TRIALS } from './did';
export type { DidEstimate, DidTerm, PlaceboTest } from './did';
export { preparePrediction, predictLifts, pilotSchedule, PilotRates } from './predict';
export type { PilotLevels, PilotSchedule, PredictionPlan } from './predict';
export { samplePosterior, MIN_ESS, MAX_PARETO_K } from './posterior';
export type { PosteriorOptions, PosteriorSample } from './posterior';
export {
  calibrationWarnings,
  CALIBRATION_WARNINGS,
  WARNING_DESCRIPTIONS,
  IMPLAUSIBLE_LOG_ODDS,
  MIN_PROGRAMS,
} from './warnings';
export type { CalibrationWarning } from './warnings';
export { simulatePanel, sampleBinomial, DEFAULT_PANEL_NOISE } from './simulate-panel';
export type { PanelNoise, SyntheticPanelSpec, SyntheticProgram } from './simulate-panel';
export type { DistributionSummary } from './stats';
