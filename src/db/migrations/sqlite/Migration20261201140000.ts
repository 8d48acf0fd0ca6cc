import { Migration } from '@mikro-orm/migrations';

/**
 * Calibrations, and EMPIRICAL in the CHECK of assumption.distribution. Hand-trimmed: SQLite's schema diff also
 * rebuilt unchanged tables. SQLite cannot alter a CHECK, so assumption is rebuilt; the migration runs in a
 * transaction, where `pragma foreign_keys = off` has no effect, so dropping the old table cascades to
 * assumption_evidence: its rows are kept aside and put back.
 */
export class Migration20261201140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`calibration\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`institution_id\` integer not null, \`name\` text not null, \`status\` text check (\`status\` in ('OK', 'UNRELIABLE', 'INSUFFICIENT_DATA')) not null, \`prior_assumption_set_id\` integer not null, \`assumption_set_id\` integer null, \`draws\` integer not null, \`seed\` integer not null, \`model_version\` integer not null, \`effective_sample_size\` double not null, \`pareto_k\` double null, \`observation_count\` integer not null, \`observation_hash\` text not null, \`program_year_count\` integer not null, \`program_count\` integer not null, \`estimates\` text not null, \`parameters\` text not null, \`derived\` text not null, \`warnings\` text not null, \`excluded_programs\` text not null, \`diagnostics\` text not null, \`sample\` text not null, constraint \`calibration_institution_id_foreign\` foreign key(\`institution_id\`) references \`institution\`(\`id\`) on delete cascade on update cascade, constraint \`calibration_prior_assumption_set_id_foreign\` foreign key(\`prior_assumption_set_id\`) references \`assumption_set\`(\`id\`) on update cascade, constraint \`calibration_assumption_set_id_foreign\` foreign key(\`assumption_set_id\`) references \`assumption_set\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`calibration_institution_id_index\` on \`calibration\` (\`institution_id\`);`);
    this.addSql(`create index \`calibration_prior_assumption_set_id_index\` on \`calibration\` (\`prior_assumption_set_id\`);`);
    this.addSql(`create index \`calibration_assumption_set_id_index\` on \`calibration\` (\`assumption_set_id\`);`);
    this.addSql(`create unique index \`calibration_assumption_set_id_unique\` on \`calibration\` (\`assumption_set_id\`);`);
    this.addSql(`create index \`calibration_institution_id_id_index\` on \`calibration\` (\`institution_id\`, \`id\`);`);

    this.addSql(`create table \`assumption_evidence__keep\` as select \`assumption_id\`, \`evidence_statistic_id\` from \`assumption_evidence\`;`);
    this.addSql(`create table \`assumption__temp_alter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`assumption_set_id\` integer not null, \`parameter\` text check (\`parameter\` in ('ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS')) not null, \`low\` double not null, \`mode\` double not null, \`high\` double not null, \`distribution\` text check (\`distribution\` in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'EMPIRICAL')) not null default 'PERT', \`rationale\` text null, constraint \`assumption_assumption_set_id_foreign\` foreign key(\`assumption_set_id\`) references \`assumption_set\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`assumption__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`assumption_set_id\`, \`parameter\`, \`low\`, \`mode\`, \`high\`, \`distribution\`, \`rationale\` from \`assumption\`;`);
    this.addSql(`drop table \`assumption\`;`);
    this.addSql(`alter table \`assumption__temp_alter\` rename to \`assumption\`;`);
    this.addSql(`create index \`assumption_assumption_set_id_index\` on \`assumption\` (\`assumption_set_id\`);`);
    this.addSql(`create unique index \`assumption_assumption_set_id_parameter_unique\` on \`assumption\` (\`assumption_set_id\`, \`parameter\`);`);
    this.addSql(`insert or ignore into \`assumption_evidence\` (\`assumption_id\`, \`evidence_statistic_id\`) select \`assumption_id\`, \`evidence_statistic_id\` from \`assumption_evidence__keep\`;`);
    this.addSql(`drop table \`assumption_evidence__keep\`;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`calibration\`;`);
  }

}
