import type { ValidationError } from 'class-validator';
import { problem, type ImportProblemData } from './import-problem';

/**
 * class-validator errors → problems, with the document's own names: `names` maps a property path
 * ("baseline.retentionRate") to the column or JSON field, and `location` gives where it is. Rows and
 * JSON records are checked by the same validators as the mutations that create them.
 */
export function validationProblems(
  errors: ValidationError[],
  names: Record<string, string>,
  location: (path: string) => string,
  prefix = '',
): ImportProblemData[] {
  const out: ImportProblemData[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const name = names[path] ?? path;
    for (const message of Object.values(e.constraints ?? {})) {
      // "retentionRate must not be greater than 1" → "retention_rate must not be greater than 1"
      const text = message.startsWith(`${e.property} `)
        ? `${name} ${message.slice(e.property.length + 1)}`
        : `${name}: ${message}`;
      out.push(problem(location(path), name, 'INVALID_VALUE', text));
    }
    if (e.children?.length) out.push(...validationProblems(e.children, names, location, path));
  }
  return out;
}
