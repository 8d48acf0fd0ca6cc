import { Migration } from '@mikro-orm/migrations';

export class Migration20261128134048 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "projection_cache" ("key" varchar(64) not null, "result" text not null, "created_at" timestamptz not null, constraint "projection_cache_pkey" primary key ("key"));`);

    this.addSql(`create table "scenario" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "institution_id" int not null, "name" varchar(200) not null, "description" text null, "assumption_set_id" int not null, "horizon_years" int not null, "draws" int not null, "seed" int not null);`);
    this.addSql(`create index "scenario_institution_id_name_index" on "scenario" ("institution_id", "name");`);

    this.addSql(`create table "scenario_program" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "scenario_id" int not null, "program_id" int not null, "position" int not null);`);

    this.addSql(`create table "scenario_addition" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "change_id" int not null, "credential_id" int not null, "credits_applied" double precision not null, "requirement" text check ("requirement" in ('CORE', 'ELECTIVE', 'ADD_ON')) not null, "take_up_rate" double precision null, "displaces_tuition" boolean not null default false);`);

    this.addSql(`create table "scenario_removal" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "change_id" int not null, "embedding_id" int not null);`);

    this.addSql(`alter table "scenario" add constraint "scenario_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scenario" add constraint "scenario_assumption_set_id_foreign" foreign key ("assumption_set_id") references "assumption_set" ("id") on update cascade;`);

    this.addSql(`alter table "scenario_program" add constraint "scenario_program_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scenario_program" add constraint "scenario_program_program_id_foreign" foreign key ("program_id") references "degree_program" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "scenario_addition" add constraint "scenario_addition_change_id_foreign" foreign key ("change_id") references "scenario_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scenario_addition" add constraint "scenario_addition_credential_id_foreign" foreign key ("credential_id") references "micro_credential" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "scenario_removal" add constraint "scenario_removal_change_id_foreign" foreign key ("change_id") references "scenario_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scenario_removal" add constraint "scenario_removal_embedding_id_foreign" foreign key ("embedding_id") references "program_credential" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario_program" drop constraint "scenario_program_scenario_id_foreign";`);

    this.addSql(`alter table "scenario_addition" drop constraint "scenario_addition_change_id_foreign";`);

    this.addSql(`alter table "scenario_removal" drop constraint "scenario_removal_change_id_foreign";`);

    this.addSql(`drop table if exists "projection_cache" cascade;`);

    this.addSql(`drop table if exists "scenario" cascade;`);

    this.addSql(`drop table if exists "scenario_program" cascade;`);

    this.addSql(`drop table if exists "scenario_addition" cascade;`);

    this.addSql(`drop table if exists "scenario_removal" cascade;`);
  }

}
