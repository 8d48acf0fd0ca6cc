import { Migration } from '@mikro-orm/migrations';

/**
 * Credential alignment (issue 19, step 2): credential_alignment keeps a credential's alignments: the issuer's
 * (institution null, ASSERTED_BY_ISSUER; Open Badges `alignment`, CTDL `ceterms:occupationType`, the demo's seeds)
 * and an institution planner's choice (SET_BY_PLANNER, setCredentialOccupations). soc_code is the SOC 2018 code an
 * alignment names (text, not a foreign key: an importer keeps a well-formed code Uplift has no figures for), null for
 * another framework's entry, kept as written (framework, target_code, target_name, target_url).
 */
export class Migration20261207232000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credential_alignment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "credential_id" int not null, "institution_id" int null, "source" text check ("source" in ('ASSERTED_BY_ISSUER', 'SET_BY_PLANNER')) not null, "soc_code" varchar(7) null, "framework" varchar(300) null, "target_code" varchar(300) null, "target_name" varchar(500) null, "target_url" varchar(2000) null);`);
    this.addSql(`create index "credential_alignment_credential_id_institution_id_index" on "credential_alignment" ("credential_id", "institution_id");`);

    this.addSql(`alter table "credential_alignment" add constraint "credential_alignment_credential_id_foreign" foreign key ("credential_id") references "micro_credential" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "credential_alignment" add constraint "credential_alignment_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credential_alignment" cascade;`);
  }

}
