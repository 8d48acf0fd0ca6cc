/**
 * Plain chart specs: Observable Plot options whose marks are named, not built, so the builders stay
 * pure (testable without Plot, which is ESM-only) and components/chart.tsx turns them into Plot marks.
 */

export type MarkName = 'areaY' | 'lineY' | 'dot' | 'barX' | 'ruleX' | 'ruleY' | 'tickX' | 'text' | 'link';

export interface MarkSpec {
  mark: MarkName;
  data?: readonly object[] | readonly number[];
  options?: Record<string, unknown>;
}

export interface ScaleSpec {
  label?: string | null;
  domain?: readonly unknown[];
  range?: readonly unknown[];
  tickFormat?: string | ((value: unknown) => string);
  ticks?: number | readonly unknown[];
  grid?: boolean;
  nice?: boolean;
  zero?: boolean;
  legend?: boolean;
  scheme?: string;
  type?: string;
  padding?: number;
  axis?: 'top' | 'bottom' | 'left' | 'right' | null;
}

export interface ChartOptions {
  marks: MarkSpec[];
  x?: ScaleSpec;
  y?: ScaleSpec;
  fy?: ScaleSpec;
  color?: ScaleSpec;
  height?: number;
  width?: number;
  marginLeft?: number;
  marginRight?: number;
  marginTop?: number;
  marginBottom?: number;
}

/** How chart.tsx formats a table cell. */
export type CellFormat = 'text' | 'year' | 'count' | 'rate' | 'money';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  formats?: CellFormat[];
}

export interface ChartResult {
  ariaLabel: string;
  options: ChartOptions;
  table: ChartTable;
}

export interface ChartFormatOptions {
  currency?: string;
  locale?: string;
}
