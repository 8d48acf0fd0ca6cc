import { Migration } from '@mikro-orm/migrations';

/** Calibrations, and EMPIRICAL in the CHECK of assumption.distribution. */
export class Migration20261201140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calibration" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "name" varchar(200) not null, "status" text check ("status" in ('OK', 'UNRELIABLE', 'INSUFFICIENT_DATA')) not null, "prior_assumption_set_id" int not null, "assumption_set_id" int null, "draws" int not null, "seed" int not null, "model_version" int not null, "effective_sample_size" double precision not null, "pareto_k" double precision null, "observation_count" int not null, "observation_hash" varchar(64) not null, "program_year_count" int not null, "program_count" int not null, "estimates" text not null, "parameters" text not null, "derived" text not null, "warnings" text not null, "excluded_programs" text not null, "diagnostics" text not null, "sample" text not null);`);
    this.addSql(`alter table "calibration" add constraint "calibration_assumption_set_id_unique" unique ("assumption_set_id");`);
    this.addSql(`create index "calibration_institution_id_id_index" on "calibration" ("institution_id", "id");`);

    this.addSql(`alter table "calibration" add constraint "calibration_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calibration" add constraint "calibration_prior_assumption_set_id_foreign" foreign key ("prior_assumption_set_id") references "assumption_set" ("id") on update cascade;`);
    this.addSql(`alter table "calibration" add constraint "calibration_assumption_set_id_foreign" foreign key ("assumption_set_id") references "assumption_set" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assumption" drop constraint if exists "assumption_distribution_check";`);

    this.addSql(`alter table "assumption" add constraint "assumption_distribution_check" check("distribution" in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'EMPIRICAL'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calibration" cascade;`);

    this.addSql(`alter table "assumption" drop constraint if exists "assumption_distribution_check";`);

    this.addSql(`alter table "assumption" add constraint "assumption_distribution_check" check("distribution" in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT'));`);
  }

}
