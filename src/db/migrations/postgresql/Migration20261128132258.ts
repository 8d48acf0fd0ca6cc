import { Migration } from '@mikro-orm/migrations';

export class Migration20261128132258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evidence_source" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(100) not null, "title" varchar(300) not null, "publisher" varchar(200) not null, "year" int not null, "url" varchar(2000) null, "methodology" text not null, "notes" text null);`);
    this.addSql(`alter table "evidence_source" add constraint "evidence_source_key_unique" unique ("key");`);

    this.addSql(`create table "evidence_statistic" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_id" int not null, "key" varchar(100) not null, "description" text not null, "population" varchar(40) not null, "kind" text check ("kind" in ('SHARE', 'RATIO')) not null, "value" double precision not null, "comparison_value" double precision null, "comparison_year" int null, "note" text null, "quote" text null);`);
    this.addSql(`alter table "evidence_statistic" add constraint "evidence_statistic_key_unique" unique ("key");`);

    this.addSql(`create table "institution" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "slug" varchar(64) not null, "country" varchar(2) not null, "credit_unit" text check ("credit_unit" in ('US_CREDIT_HOUR', 'ECTS', 'UK_CATS')) not null, "ects_per_credit_hour" double precision not null default 2, "max_embedded_credit_share" double precision not null default 0.25, "currency" varchar(3) not null);`);
    this.addSql(`alter table "institution" add constraint "institution_slug_unique" unique ("slug");`);

    this.addSql(`create table "degree_program" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "institution_id" int not null, "code" varchar(32) not null, "title" varchar(200) not null, "level" text check ("level" in ('CERTIFICATE', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE')) not null, "modality" text check ("modality" in ('ON_CAMPUS', 'ONLINE', 'HYBRID')) not null, "cip_code" varchar(7) null, "total_credits" double precision not null, "duration_years" double precision not null, "tuition_per_credit" double precision not null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'ARCHIVED')) not null default 'ACTIVE', "annual_prospects" int not null, "annual_new_enrollments" int not null, "engagement_rate" double precision not null, "retention_rate" double precision not null, "prospect_growth_rate" double precision not null default 0);`);
    this.addSql(`create index "degree_program_institution_id_title_index" on "degree_program" ("institution_id", "title");`);
    this.addSql(`alter table "degree_program" add constraint "degree_program_institution_id_code_unique" unique ("institution_id", "code");`);

    this.addSql(`create table "assumption_set" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "description" text null, "institution_id" int null, "conversion" text check ("conversion" in ('ODDS', 'RISK_CAPPED')) not null default 'ODDS', "is_default" boolean not null default false);`);

    this.addSql(`create table "assumption" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "assumption_set_id" int not null, "parameter" text check ("parameter" in ('ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS')) not null, "low" double precision not null, "mode" double precision not null, "high" double precision not null, "distribution" text check ("distribution" in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT')) not null default 'PERT', "rationale" text null);`);
    this.addSql(`alter table "assumption" add constraint "assumption_assumption_set_id_parameter_unique" unique ("assumption_set_id", "parameter");`);

    this.addSql(`create table "assumption_evidence" ("assumption_id" int not null, "evidence_statistic_id" int not null, constraint "assumption_evidence_pkey" primary key ("assumption_id", "evidence_statistic_id"));`);

    this.addSql(`create table "api_key" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "name" varchar(200) not null, "role" text check ("role" in ('VIEWER', 'PLANNER', 'INSTITUTION_ADMIN', 'PLATFORM_ADMIN')) not null, "prefix" varchar(32) not null, "secret_hash" varchar(64) not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "metric_observation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "program_id" int not null, "academic_year" int not null, "metric" text check ("metric" in ('PROSPECTS', 'NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS')) not null, "value" double precision not null, "numerator" double precision null, "denominator" double precision null);`);
    this.addSql(`alter table "metric_observation" add constraint "metric_observation_program_id_academic_year_metric_unique" unique ("program_id", "academic_year", "metric");`);

    this.addSql(`create table "micro_credential" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "institution_id" int null, "title" varchar(300) not null, "issuer" varchar(200) not null, "description" text null, "url" varchar(2000) null, "skills" jsonb not null, "skills_index" text not null default '|', "category" varchar(100) null, "achievement_type" varchar(100) null, "credit_value" double precision null, "credit_unit" text check ("credit_unit" in ('US_CREDIT_HOUR', 'ECTS', 'UK_CATS')) null, "learning_hours" double precision null, "eqf_level" int null, "credit_recognition" text check ("credit_recognition" in ('NONE', 'INSTITUTION', 'ACE_RECOMMENDED', 'ECTS_ACCREDITED')) not null, "credit_bearing" boolean not null default false, "cost_per_learner" double precision not null default 0, "setup_cost" double precision not null default 0, "external_id" varchar(500) null);`);
    this.addSql(`create index "micro_credential_external_id_index" on "micro_credential" ("external_id");`);
    this.addSql(`create index "micro_credential_institution_id_title_index" on "micro_credential" ("institution_id", "title");`);

    this.addSql(`create table "program_credential" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "program_id" int not null, "credential_id" int not null, "credits_applied" double precision not null, "requirement" text check ("requirement" in ('CORE', 'ELECTIVE', 'ADD_ON')) not null, "take_up_rate" double precision null, "displaces_tuition" boolean not null default false, "start_year" int null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'RETIRED')) not null default 'ACTIVE');`);
    this.addSql(`alter table "program_credential" add constraint "program_credential_program_id_credential_id_unique" unique ("program_id", "credential_id");`);

    this.addSql(`alter table "evidence_statistic" add constraint "evidence_statistic_source_id_foreign" foreign key ("source_id") references "evidence_source" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "degree_program" add constraint "degree_program_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assumption_set" add constraint "assumption_set_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assumption" add constraint "assumption_assumption_set_id_foreign" foreign key ("assumption_set_id") references "assumption_set" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assumption_evidence" add constraint "assumption_evidence_assumption_id_foreign" foreign key ("assumption_id") references "assumption" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assumption_evidence" add constraint "assumption_evidence_evidence_statistic_id_foreign" foreign key ("evidence_statistic_id") references "evidence_statistic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "metric_observation" add constraint "metric_observation_program_id_foreign" foreign key ("program_id") references "degree_program" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "micro_credential" add constraint "micro_credential_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "program_credential" add constraint "program_credential_program_id_foreign" foreign key ("program_id") references "degree_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "program_credential" add constraint "program_credential_credential_id_foreign" foreign key ("credential_id") references "micro_credential" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence_statistic" drop constraint "evidence_statistic_source_id_foreign";`);

    this.addSql(`alter table "assumption_evidence" drop constraint "assumption_evidence_evidence_statistic_id_foreign";`);

    this.addSql(`alter table "degree_program" drop constraint "degree_program_institution_id_foreign";`);

    this.addSql(`alter table "assumption_set" drop constraint "assumption_set_institution_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_institution_id_foreign";`);

    this.addSql(`alter table "micro_credential" drop constraint "micro_credential_institution_id_foreign";`);

    this.addSql(`alter table "metric_observation" drop constraint "metric_observation_program_id_foreign";`);

    this.addSql(`alter table "program_credential" drop constraint "program_credential_program_id_foreign";`);

    this.addSql(`alter table "assumption" drop constraint "assumption_assumption_set_id_foreign";`);

    this.addSql(`alter table "assumption_evidence" drop constraint "assumption_evidence_assumption_id_foreign";`);

    this.addSql(`alter table "program_credential" drop constraint "program_credential_credential_id_foreign";`);

    this.addSql(`drop table if exists "evidence_source" cascade;`);

    this.addSql(`drop table if exists "evidence_statistic" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "degree_program" cascade;`);

    this.addSql(`drop table if exists "assumption_set" cascade;`);

    this.addSql(`drop table if exists "assumption" cascade;`);

    this.addSql(`drop table if exists "assumption_evidence" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "metric_observation" cascade;`);

    this.addSql(`drop table if exists "micro_credential" cascade;`);

    this.addSql(`drop table if exists "program_credential" cascade;`);
  }

}
