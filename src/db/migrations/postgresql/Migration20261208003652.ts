import { Migration } from '@mikro-orm/migrations';

/**
 * Bounded previews (issue 20): projection_cache.kind (PREVIEW or SAVED) and bytes, and the index eviction reads.
 * Rows stored before are PREVIEW: they are evicted like any preview unless a saved scenario reads them first (which
 * makes them SAVED); a saved scenario's evicted projection is computed again.
 */
export class Migration20261208003652 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "projection_cache" add column "kind" text check ("kind" in ('PREVIEW', 'SAVED')) not null default 'PREVIEW', add column "bytes" int not null default 0;`);
    this.addSql(`update "projection_cache" set "bytes" = octet_length("result");`);
    this.addSql(`create index "projection_cache_eviction_index" on "projection_cache" ("kind", "created_at", "key", "bytes");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "projection_cache_eviction_index";`);
    this.addSql(`alter table "projection_cache" drop column "kind", drop column "bytes";`);
  }

}
