import { Migration } from '@mikro-orm/migrations';

/**
 * RELEVANCE_FLOOR in the CHECK of assumption.parameter (issue 19). Hand-trimmed: SQLite's schema diff also rebuilt
 * unchanged tables. SQLite cannot alter a CHECK, so assumption is rebuilt as in Migration20261207205819 (its
 * assumption_evidence rows kept aside and put back: in the migration's transaction `pragma foreign_keys = off` has no
 * effect, so the drop cascades).
 */
export class Migration20261208000323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assumption_evidence__keep\` as select \`assumption_id\`, \`evidence_statistic_id\` from \`assumption_evidence\`;`);
    this.addSql(`create table \`assumption__temp_alter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`assumption_set_id\` integer not null, \`parameter\` text check (\`parameter\` in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS', 'DIVERSION_SHARE', 'OFFER_HOURS_SCALE', 'RELEVANCE_FLOOR')) not null, \`low\` double not null, \`mode\` double not null, \`high\` double not null, \`distribution\` text check (\`distribution\` in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'NORMAL', 'EMPIRICAL')) not null default 'PERT', \`zero_mass\` double not null default 0, \`rationale\` text null, constraint \`assumption_assumption_set_id_foreign\` foreign key(\`assumption_set_id\`) references \`assumption_set\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`assumption__temp_alter\` (\`id\`, \`created_at\`, \`updated_at\`, \`assumption_set_id\`, \`parameter\`, \`low\`, \`mode\`, \`high\`, \`distribution\`, \`zero_mass\`, \`rationale\`) select \`id\`, \`created_at\`, \`updated_at\`, \`assumption_set_id\`, \`parameter\`, \`low\`, \`mode\`, \`high\`, \`distribution\`, \`zero_mass\`, \`rationale\` from \`assumption\`;`);
    this.addSql(`drop table \`assumption\`;`);
    this.addSql(`alter table \`assumption__temp_alter\` rename to \`assumption\`;`);
    this.addSql(`create index \`assumption_assumption_set_id_index\` on \`assumption\` (\`assumption_set_id\`);`);
    this.addSql(`create unique index \`assumption_assumption_set_id_parameter_unique\` on \`assumption\` (\`assumption_set_id\`, \`parameter\`);`);
    this.addSql(`insert or ignore into \`assumption_evidence\` (\`assumption_id\`, \`evidence_statistic_id\`) select \`assumption_id\`, \`evidence_statistic_id\` from \`assumption_evidence__keep\`;`);
    this.addSql(`drop table \`assumption_evidence__keep\`;`);
  }

}
