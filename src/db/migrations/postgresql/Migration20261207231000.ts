import { Migration } from '@mikro-orm/migrations';

/**
 * Occupations as data (issue 19): the occupation table (SOC 2018 code, title, BLS Employment Projections figures,
 * their source) and cip_soc_crosswalk (the NCES CIP 2020 → SOC 2018 crosswalk; SOC codes kept as text, not a
 * foreign key). Rows come from the seeds on start and from `uplift import occupations|crosswalk`.
 */
export class Migration20261207231000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cip_soc_crosswalk" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cip_code" varchar(7) not null, "cip_title" varchar(300) not null, "soc_code" varchar(7) not null, "soc_title" varchar(300) not null);`);
    this.addSql(`create index "cip_soc_crosswalk_soc_code_index" on "cip_soc_crosswalk" ("soc_code");`);
    this.addSql(`alter table "cip_soc_crosswalk" add constraint "cip_soc_crosswalk_cip_code_soc_code_unique" unique ("cip_code", "soc_code");`);

    this.addSql(`create table "occupation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(7) not null, "title" varchar(300) not null, "employment" double precision null, "projected_growth" double precision null, "annual_openings" double precision null, "median_wage" double precision null, "source" varchar(200) null);`);
    this.addSql(`alter table "occupation" add constraint "occupation_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cip_soc_crosswalk" cascade;`);

    this.addSql(`drop table if exists "occupation" cascade;`);
  }

}
