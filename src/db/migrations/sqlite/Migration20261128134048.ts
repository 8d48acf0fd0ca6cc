import { Migration } from '@mikro-orm/migrations';

/** Scenarios and the shared projection cache. Hand-trimmed: SQLite's schema diff also rebuilt unchanged tables. */
export class Migration20261128134048 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`projection_cache\` (\`key\` text not null, \`result\` text not null, \`created_at\` datetime not null, primary key (\`key\`));`);

    this.addSql(`create table \`scenario\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`institution_id\` integer not null, \`name\` text not null, \`description\` text null, \`assumption_set_id\` integer not null, \`horizon_years\` integer not null, \`draws\` integer not null, \`seed\` integer not null, constraint \`scenario_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on delete cascade on update cascade, constraint \`scenario_assumption_set_id_foreign\` foreign key(\`assumption_set_id\`) references \`assumption_set\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`scenario_institution_id_index\` on \`scenario\` (\`institution_id\`);`);
    this.addSql(`create index \`scenario_assumption_set_id_index\` on \`scenario\` (\`assumption_set_id\`);`);
    this.addSql(`create index \`scenario_institution_id_name_index\` on \`scenario\` (\`institution_id\`, \`name\`);`);

    this.addSql(`create table \`scenario_program\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`scenario_id\` integer not null, \`program_id\` integer not null, \`position\` integer not null, constraint \`scenario_program_scenario_id_foreign\` foreign key(\`scenario_id\`) references \`scenario\`(\`id\`) on delete cascade on update cascade, constraint \`scenario_program_program_id_foreign\` foreign key(\`program_id\`) references \`degree_program\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`scenario_program_scenario_id_index\` on \`scenario_program\` (\`scenario_id\`);`);
    this.addSql(`create index \`scenario_program_program_id_index\` on \`scenario_program\` (\`program_id\`);`);

    this.addSql(`create table \`scenario_addition\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`change_id\` integer not null, \`credential_id\` integer not null, \`credits_applied\` double not null, \`requirement\` text check (\`requirement\` in ('CORE', 'ELECTIVE', 'ADD_ON')) not null, \`take_up_rate\` double null, \`displaces_tuition\` integer not null default false, constraint \`scenario_addition_change_id_foreign\` foreign key(\`change_id\`) references \`scenario_program\`(\`id\`) on delete cascade on update cascade, constraint \`scenario_addition_credential_id_foreign\` foreign key(\`credential_id\`) references \`micro_credential\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`scenario_addition_change_id_index\` on \`scenario_addition\` (\`change_id\`);`);
    this.addSql(`create index \`scenario_addition_credential_id_index\` on \`scenario_addition\` (\`credential_id\`);`);

    this.addSql(`create table \`scenario_removal\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`change_id\` integer not null, \`embedding_id\` integer not null, constraint \`scenario_removal_change_id_foreign\` foreign key(\`change_id\`) references \`scenario_program\`(\`id\`) on delete cascade on update cascade, constraint \`scenario_removal_embedding_id_foreign\` foreign key(\`embedding_id\`) references \`program_credential\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`scenario_removal_change_id_index\` on \`scenario_removal\` (\`change_id\`);`);
    this.addSql(`create index \`scenario_removal_embedding_id_index\` on \`scenario_removal\` (\`embedding_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`scenario_removal\`;`);
    this.addSql(`drop table if exists \`scenario_addition\`;`);
    this.addSql(`drop table if exists \`scenario_program\`;`);
    this.addSql(`drop table if exists \`scenario\`;`);
    this.addSql(`drop table if exists \`projection_cache\`;`);
  }

}
