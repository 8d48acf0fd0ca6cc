/**
 * Typed errors of the optimiser. Each carries a `code` (and, for input, the `field` relative to
 * OptimizePortfolioInput, e.g. "lock.2"), so the API can map it — also after it crossed a worker
 * boundary, where only plain properties survive: see toErrorData / fromErrorData.
 */

export type OptimizerErrorCode = 'BAD_INPUT' | 'SEARCH_TOO_LARGE' | 'SOLVER_FAILED';

export class OptimizerError extends Error {
  constructor(
    readonly code: OptimizerErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'OptimizerError';
  }
}

/** Bad input: the API answers BAD_USER_INPUT on `input.<field>`. */
export class OptimizerInputError extends OptimizerError {
  constructor(field: string, message: string) {
    super('BAD_INPUT', message, field);
    this.name = 'OptimizerInputError';
  }
}

/** The search is larger than the bound; the message says what to narrow. */
export class SearchTooLargeError extends OptimizerError {
  constructor(
    message: string,
    readonly work: number,
    readonly bound: number,
  ) {
    super('SEARCH_TOO_LARGE', message);
    this.name = 'SearchTooLargeError';
  }
}

/** The solver failed or gave an answer that did not pass the re-check: never a plan. */
export class SolverFailedError extends OptimizerError {
  constructor(message: string) {
    super('SOLVER_FAILED', message);
    this.name = 'SolverFailedError';
  }
}

export interface OptimizerErrorData {
  code: OptimizerErrorCode;
  message: string;
  field: string | null;
}

export function toErrorData(e: unknown): OptimizerErrorData | null {
  return e instanceof OptimizerError ? { code: e.code, message: e.message, field: e.field } : null;
}

export function fromErrorData(d: OptimizerErrorData): OptimizerError {
  if (d.code === 'BAD_INPUT') return new OptimizerInputError(d.field ?? 'input', d.message);
  if (d.code === 'SEARCH_TOO_LARGE') return new SearchTooLargeError(d.message, NaN, NaN);
  return new SolverFailedError(d.message);
}
