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

/** One entry of a chart's legend in words, drawn in HTML beside the SVG (so a screen reader reads it too). */
export interface LegendItem {
  /** What the swatch looks like: a filled band, a line, a dashed line, a bar, a filled or a hollow dot. */
  swatch: 'band' | 'line' | 'dashed' | 'bar' | 'dot' | 'hollow-dot';
  color: string;
  /** Opacity of a band's fill, as drawn. */
  opacity?: number;
  label: string;
}

export interface ChartResult {
  ariaLabel: string;
  options: ChartOptions;
  table: ChartTable;
  /** How to read the marks, in words. */
  legend?: LegendItem[];
}

export interface ChartFormatOptions {
  currency?: string;
  locale?: string;
}
