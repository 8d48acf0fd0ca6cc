import { Migration } from '@mikro-orm/migrations';

/**
 * Credential alignment (issue 19, step 2): credential_alignment keeps a credential's alignments: the issuer's
 * (institution null, ASSERTED_BY_ISSUER; Open Badges `alignment`, CTDL `ceterms:occupationType`, the demo's seeds)
 * and an institution planner's choice (SET_BY_PLANNER, setCredentialOccupations). soc_code is the SOC 2018 code an
 * alignment names (text, not a foreign key: an importer keeps a well-formed code Uplift has no figures for), null for
 * another framework's entry, kept as written (framework, target_code, target_name, target_url). Hand-trimmed:
 * SQLite's schema diff also rebuilt unchanged tables.
 */
export class Migration20261207232000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`credential_alignment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`credential_id\` integer not null, \`institution_id\` integer null, \`source\` text check (\`source\` in ('ASSERTED_BY_ISSUER', 'SET_BY_PLANNER')) not null, \`soc_code\` text null, \`framework\` text null, \`target_code\` text null, \`target_name\` text null, \`target_url\` text null, constraint \`credential_alignment_credential_id_foreign\` foreign key(\`credential_id\`) references \`micro_credential\`(\`id\`) on delete cascade on update cascade, constraint \`credential_alignment_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`credential_alignment_credential_id_index\` on \`credential_alignment\` (\`credential_id\`);`);
    this.addSql(`create index \`credential_alignment_institution_id_index\` on \`credential_alignment\` (\`institution_id\`);`);
    this.addSql(`create index \`credential_alignment_credential_id_institution_id_index\` on \`credential_alignment\` (\`credential_id\`, \`institution_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`credential_alignment\`;`);
  }

}
