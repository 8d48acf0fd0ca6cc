/** `#/backtests/<id>`: one back-test (the view lives in backtests.tsx). */
import type { ViewProps } from '../lib/view';
import { BacktestDetail } from './backtests';

export default function BacktestView({ route }: ViewProps) {
  return <BacktestDetail id={route.path[1] ?? ''} programParam={route.query.get('program')} />;
}
