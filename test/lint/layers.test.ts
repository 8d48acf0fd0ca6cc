/**
 * The lint holds the layers (docs/ARCHITECTURE.md): a cycle between two modules' files, or the
 * toolkit importing a module, fails `npm run lint`. Probe files are written into the tree, linted
 * with the project's own ESLint config in a child process, and removed again.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const ROOT = path.resolve(__dirname, '../..');
const PROBES: Record<string, string> = {
  'src/core/lint-probe-core.ts':
    "import { listPrograms } from '../modules/program/degree-program.service';\nexport const probe = listPrograms;\n",
  'src/model/lint-probe-model.ts': "import { ownScope } from '../auth/scope';\nexport const probe = ownScope;\n",
  'src/modules/program/lint-probe-wiring.ts':
    "import { createLoaders } from '../../app/loaders';\nexport const probe = createLoaders;\n",
  'src/modules/program/lint-probe-a.ts':
    "import { b } from './lint-probe-b';\nexport const a = (): number => b() + 1;\n",
  'src/modules/program/lint-probe-b.ts':
    "import { a } from './lint-probe-a';\nexport const b = (): number => a() - 1;\n",
};

interface Message {
  ruleId: string | null;
}
interface Result {
  filePath: string;
  messages: Message[];
}

describe('npm run lint holds the layers', () => {
  let results: Result[] = [];

  beforeAll(async () => {
    for (const [file, text] of Object.entries(PROBES)) fs.writeFileSync(path.join(ROOT, file), text);
    const eslint = path.join(ROOT, 'node_modules/.bin/eslint');
    const files = Object.keys(PROBES);
    // ESLint exits 1 when it finds problems; the JSON report is on stdout either way.
    const run = promisify(execFile)(eslint, ['--format', 'json', ...files], { cwd: ROOT, maxBuffer: 10_000_000 }).catch(
      (err: { stdout?: string }) => ({ stdout: err.stdout ?? '[]' }),
    );
    results = JSON.parse((await run).stdout) as Result[];
  }, 120_000);

  afterAll(() => {
    for (const file of Object.keys(PROBES)) fs.rmSync(path.join(ROOT, file), { force: true });
  });

  const rulesOf = (file: string): (string | null)[] =>
    results.find((r) => r.filePath === path.join(ROOT, file))?.messages.map((m) => m.ruleId) ?? [];

  it('refuses the toolkit importing a module', () => {
    expect(rulesOf('src/core/lint-probe-core.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuses the model importing anything of the project', () => {
    expect(rulesOf('src/model/lint-probe-model.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuses a module importing the wiring', () => {
    expect(rulesOf('src/modules/program/lint-probe-wiring.ts')).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import cycle outside entity relations', () => {
    expect(rulesOf('src/modules/program/lint-probe-a.ts')).toContain('import-x/no-cycle');
    expect(rulesOf('src/modules/program/lint-probe-b.ts')).toContain('import-x/no-cycle');
  });
});
