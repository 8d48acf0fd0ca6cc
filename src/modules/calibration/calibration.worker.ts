import {
  calibrate,
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationResult,
} from '../../model/calibration';

/** Piscina worker: one calibration per task, nothing else (the model is pure). */
export default function run(task: { input: CalibrationInput; options: CalibrationOptions }): CalibrationResult {
  return calibrate(task.input, task.options);
}
