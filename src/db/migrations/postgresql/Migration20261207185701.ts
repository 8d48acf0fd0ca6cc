import { Migration } from '@mikro-orm/migrations';

/** Back-tests (docs/MODEL.md §17). */
export class Migration20261207185701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "backtest" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "name" varchar(200) not null, "as_of_year" int not null, "assumption_set_id" int not null, "calibration_id" int null, "used_posterior" boolean not null, "draws" int not null, "seed" int not null, "model_version" int not null, "forecast_programs" int not null, "points" text not null, "scores" text not null, "excluded_programs" text not null);`);
    this.addSql(`create index "backtest_institution_id_id_index" on "backtest" ("institution_id", "id");`);

    this.addSql(`alter table "backtest" add constraint "backtest_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "backtest" add constraint "backtest_assumption_set_id_foreign" foreign key ("assumption_set_id") references "assumption_set" ("id") on update cascade;`);
    this.addSql(`alter table "backtest" add constraint "backtest_calibration_id_foreign" foreign key ("calibration_id") references "calibration" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "backtest" cascade;`);
  }

}
