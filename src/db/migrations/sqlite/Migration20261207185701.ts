import { Migration } from '@mikro-orm/migrations';

/** Back-tests (docs/MODEL.md §17). Hand-trimmed: SQLite's schema diff also rebuilt unchanged tables. */
export class Migration20261207185701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`backtest\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`institution_id\` integer not null, \`name\` text not null, \`as_of_year\` integer not null, \`assumption_set_id\` integer not null, \`calibration_id\` integer null, \`used_posterior\` integer not null, \`draws\` integer not null, \`seed\` integer not null, \`model_version\` integer not null, \`forecast_programs\` integer not null, \`points\` text not null, \`scores\` text not null, \`excluded_programs\` text not null, constraint \`backtest_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on delete cascade on update cascade, constraint \`backtest_assumption_set_id_foreign\` foreign key(\`assumption_set_id\`) references \`assumption_set\`(\`id\`) on update cascade, constraint \`backtest_calibration_id_foreign\` foreign key(\`calibration_id\`) references \`calibration\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`backtest_institution_id_index\` on \`backtest\` (\`institution_id\`);`);
    this.addSql(`create index \`backtest_assumption_set_id_index\` on \`backtest\` (\`assumption_set_id\`);`);
    this.addSql(`create index \`backtest_calibration_id_index\` on \`backtest\` (\`calibration_id\`);`);
    this.addSql(`create index \`backtest_institution_id_id_index\` on \`backtest\` (\`institution_id\`, \`id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`backtest\`;`);
  }

}
