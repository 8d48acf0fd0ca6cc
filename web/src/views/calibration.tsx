/** `#/calibrations/<id>`: one calibration (the view lives in calibrations.tsx). */
import type { ViewProps } from '../lib/view';
import { CalibrationDetail } from './calibrations';

export default function CalibrationView({ route }: ViewProps) {
  return <CalibrationDetail id={route.path[1] ?? ''} />;
}
