/**
 * Calibration on the institution's own results (docs/MODEL.md §15): pure functions, plain inputs in, plain
 * numbers out. Entry point: calibrate.
 */
export { calibrate, MIN_DRAWS, MAX_DRAWS, MAX_SAMPLE, EFFECT_OF_OUTCOME } from './calibrate';
export { normalCdf } from '../distributions';
export type { CalibrationInput, CalibrationOptions, CalibrationResult, LocalEffectEstimate } from './calibrate';
export { buildPanel } from './panel';
export type { CalibrationOutcome, PanelProgram, PilotEmbedding, YearActuals } from './panel';
export { estimateAll } from './did';
export type { DidEstimate } from './did';
export { preparePrediction, predictLifts, pilotSchedule, PilotRates } from './predict';
export { calibrationWarnings, WARNING_DESCRIPTIONS } from './warnings';
export { simulatePanel } from './simulate-panel';
export type { SyntheticProgram } from './simulate-panel';
