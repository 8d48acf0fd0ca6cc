import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../../src/core/errors';
import type { ImportItem } from '../../../../src/modules/import/engine/import-item';
import { parseJsonDocument } from '../../../../src/modules/import/formats/json.format';
import { readCsv } from '../../../../src/modules/import/formats/csv.format';
import { ImportFormat } from '../../../../src/modules/import/import.types';
import { taskItems, type ParseTask } from '../../../../src/modules/import/import.parse';
import { closeImportPool, parseInWorker } from '../../../../src/modules/import/import.pool';
import run, { CHUNK_ITEMS } from '../../../../src/modules/import/import.worker';

const METRICS = (rows: number, bad = (_i: number) => false) => {
  const lines = ['program_code,academic_year,metric,value,numerator,denominator'];
  for (let i = 0; i < rows; i++)
    lines.push(`P${i},2024,RETENTION_RATE,${bad(i) ? '1e999' : '0.8'},${i % 2 ? '80,100' : ','}`);
  return `${lines.join('\n')}\n`;
};

async function all<T>(items: AsyncIterable<ImportItem<T>> | Iterable<ImportItem<T>>): Promise<ImportItem<T>[]> {
  const out: ImportItem<T>[] = [];
  for await (const item of items) out.push(item);
  return out;
}

afterAll(() => closeImportPool());

describe('reading an import document off the main thread', () => {
  it('gives the items the inline reader gives, in order, in chunks', async () => {
    const task: ParseTask = { kind: 'metrics', text: METRICS(1234, (i) => i % 100 === 7) };
    const result = await run(task);
    if ('error' in result) throw new Error('unexpected error');
    expect(result.chunks).toHaveLength(Math.ceil(1234 / CHUNK_ITEMS));
    const fromChunks = result.chunks.flatMap((c) => deserialize(c) as ImportItem<unknown>[]);
    const inline = await all(taskItems(task));
    expect(fromChunks).toEqual(inline);
    expect(fromChunks.filter((i) => i.kind === 'rejected')).toHaveLength(13);
    // Through the pool (or inline when no compiled worker exists), the same again.
    expect(await all(await parseInWorker(task, 1))).toEqual(inline);
  });

  it('returns a document that cannot be read as the parts of its BAD_USER_INPUT, and parseInWorker throws it', async () => {
    const task: ParseTask = { kind: 'programs', text: 'code,title\nX,Y\n' };
    const result = await run(task);
    expect(result).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        field: 'input.document',
        message: expect.stringMatching(/^The header row \(row 1\) lacks the required columns/),
      },
    });
    const thrown = await parseInWorker(task, 1).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document' });
  });

  it('reads credentials documents too, refusing a decoded NUL by JSON path', async () => {
    const doc = JSON.stringify({
      type: ['OpenBadgeCredential'],
      credentialSubject: { achievement: { name: 'a\u0000b' } },
    });
    const result = await run({ kind: 'credentials', text: doc, format: ImportFormat.OPEN_BADGES_3, creditUnit: null });
    expect(result).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        field: 'input.document',
        message:
          '$.credentialSubject.achievement.name: text cannot contain the NUL character (\\u0000); remove it and import again. Nothing was written.',
      },
    });
  });
});

describe('NUL characters in documents', () => {
  it('a JSON escape is found wherever it decodes: values in arrays, property names', () => {
    const refused = (text: string) => {
      try {
        parseJsonDocument(text);
        return null;
      } catch (err) {
        return (err as DomainError).message.split(':')[0];
      }
    };
    expect(refused('{"a": ["x", {"b c": "\\u0000"}]}')).toBe("$.a[1]['b c']");
    expect(refused('{"\\u0000k": 1}')).toBe("$['\\u0000k']");
    expect(refused('"\\u0000"')).toBe('$');
    expect(refused('{"a": "\\\\u0000"}')).toBeNull();
  });

  it('a CSV cell with NUL rejects its row, naming the column', async () => {
    const items = await all(
      readCsv(['code,title\n', 'A,ok\n', 'B,x\0y\n'], { required: ['code', 'title'], optional: [] }),
    );
    expect(items.map((i) => i.kind)).toEqual(['record', 'rejected']);
    expect(items[1]).toEqual({
      kind: 'rejected',
      location: 'row 3',
      problems: [
        {
          location: 'row 3',
          field: 'title',
          code: 'INVALID_VALUE',
          message: 'title contains the NUL character (\\u0000), which text cannot hold; remove it and import again.',
        },
      ],
    });
  });
});
