import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { printUpliftSchema } from '../../src/app/schema';

const root = path.resolve(__dirname, '../..');

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe('committed schema and generated client', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit`)', () => {
    const committed = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printUpliftSchema());
  });

  it('schema/client is what codegen generates from schema/ (run `npm run schema:emit`)', () => {
    // Codegen's CLI is ESM-only inside; run it as the developer would, into a scratch folder.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-codegen-'));
    const config = fs.readFileSync(path.join(root, 'codegen.yml'), 'utf8').replace('schema/client/:', `${out}/:`);
    const configFile = path.join(out, 'codegen.yml');
    fs.writeFileSync(configFile, config);
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', configFile, '--silent'], {
      cwd: root,
      stdio: 'pipe',
    });
    const committedDir = path.join(root, 'schema/client');
    const generated = listFiles(out).filter((f) => f !== 'codegen.yml');
    expect(listFiles(committedDir)).toEqual(generated);
    for (const f of generated) {
      expect({ f, content: fs.readFileSync(path.join(committedDir, f), 'utf8') }).toEqual({
        f,
        content: fs.readFileSync(path.join(out, f), 'utf8'),
      });
    }
    fs.rmSync(out, { recursive: true, force: true });
  });
});
