import type { EntityManager } from '@mikro-orm/core';
import { ownScope, scopeSql, sharedOrOwnScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { LeanLoader } from '../../core/lean-loader';
import { leanFind, leanShape, type FieldReads } from '../../core/lean-read';
import { placeholders, selectTable } from '../../core/lean-sql';
import { selectionOf, type Selection } from '../../core/selection';
import { MicroCredential } from '../credential/micro-credential.entity';
import { defineNode } from '../../core/node';
import { ProgramCredential } from './program-credential.entity';

/** What ProgramCredential's field resolvers read of it, beyond its id (src/core/lean-read.ts). */
const EMBEDDING_FIELD_READS: FieldReads = {
  program: ['program'],
  credential: ['credential'],
  // The program's cipCode and the credential's occupations (occupation/credential-fit.resolver.ts).
  relevance: ['program', 'credential'],
  relevanceKnown: ['program', 'credential'],
  fit: ['program', 'credential'],
};
/** Properties of the embedded credential, read by a join, are named `credential.<property>`. */
const JOINED = 'credential.';

/** What a query selects on embeddings and, below them, on their credential. */
export interface EmbeddingSelection {
  embedding: Selection | null;
  credential: Selection | null;
}

/** The embeddings' selection at `path` below a resolver's field (none: the field returns them). */
export function embeddingSelectionOf(info: Parameters<typeof selectionOf>[0], path: string[] = []): EmbeddingSelection {
  return { embedding: selectionOf(info, path), credential: selectionOf(info, [...path, 'credential']) };
}

const readingKnown = new WeakMap<Selection, WeakMap<Selection, readonly string[] | null>>();

/** The loader the joined credentials are handed to (the request's own, src/app/loaders.ts). */
interface CredentialLoaders {
  readonly credentialByIdLoader: LeanLoader<number, MicroCredential | null>;
}

export function embeddingLoaders(em: EntityManager, viewer: Viewer | null, loaders: CredentialLoaders) {
  const programScope = ownScope(viewer);
  const credentialScope = scopeSql(sharedOrOwnScope(viewer), 'c');
  return {
    /**
     * Callers pass only program ids they were allowed to read, and the properties they read
     * (`embeddingsByProgramIdLoader.reading(selection)`), or none for whole rows. When the credential
     * is selected too, it is read in the same statement and handed to credentialByIdLoader.
     */
    embeddingsByProgramIdLoader: new LeanLoader<number, ProgramCredential[], EmbeddingSelection>(
      (programIds, properties) => readEmbeddings(em, [...programIds], properties, credentialScope, loaders),
      [],
      ({ embedding, credential }) => {
        const own = leanShape(em, ProgramCredential).propertiesRead(embedding, EMBEDDING_FIELD_READS);
        if (!own || !embedding || !credential || !embedding.resolved.includes('credential')) return own;
        let byCredential = readingKnown.get(embedding);
        if (!byCredential) readingKnown.set(embedding, (byCredential = new WeakMap()));
        let both = byCredential.get(credential);
        if (both === undefined) {
          const joined = loaders.credentialByIdLoader.reading(credential);
          both = joined ? [...own, ...joined.map((p) => JOINED + p)] : own;
          byCredential.set(credential, both);
        }
        return both;
      },
    ),

    embeddingByIdLoader: mapLoader<number, ProgramCredential | null>(async (ids) => {
      return indexBy(await em.find(ProgramCredential, { id: { $in: [...ids] }, program: programScope }), (r) => r.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof embeddingLoaders> {}
}

export const embeddingNode = defineNode({
  idType: 'ProgramCredential',
  graphqlType: 'ProgramCredential',
  entity: ProgramCredential,
  load: (loaders, id) => loaders.embeddingByIdLoader.load(id),
});

/** The embeddings of programs, with their credential joined when `credential.*` properties are asked for. */
async function readEmbeddings(
  em: EntityManager,
  programIds: number[],
  properties: readonly string[] | null,
  credentialScope: { sql: string; params: number[] },
  loaders: CredentialLoaders,
): Promise<Map<number, ProgramCredential[]>> {
  const tail = `where t.program_id in (${placeholders(programIds.length)}) order by t.id`;
  // Grouped by program, so the program is always read.
  const own = properties && [...new Set(['id', 'program', ...properties.filter((p) => !p.startsWith(JOINED))])];
  const joined = (properties ?? []).filter((p) => p.startsWith(JOINED)).map((p) => p.slice(JOINED.length));
  if (!joined.length) {
    return groupBy(await leanFind(em, ProgramCredential, tail, programIds, own), (e) => e.program.id);
  }
  const e = leanShape(em, ProgramCredential);
  const c = leanShape(em, MicroCredential);
  const credentialProperties = [...new Set(['id', ...joined])].sort();
  const table = await selectTable(
    em,
    `select ${e.columns('t', undefined, own)}, ${c.columns('c', 'c_', credentialProperties)} ` +
      `from "${e.table}" t left join "${c.table}" c on c.id = t.credential_id and ${credentialScope.sql} ${tail}`,
    [...credentialScope.params, ...programIds],
  );
  const readEmbedding = e.reader(table.columns, '', true);
  const readCredential = c.reader(table.columns, 'c_', true);
  const embeddings = table.rows.map((row) => {
    const credential = readCredential(row) as MicroCredential;
    // A credential the viewer may not read is not joined; its resolver then finds it missing, as before.
    if (credential.id !== null) loaders.credentialByIdLoader.prime(credential.id, credential, credentialProperties);
    return readEmbedding(row) as ProgramCredential;
  });
  return groupBy(embeddings, (x) => x.program.id);
}
