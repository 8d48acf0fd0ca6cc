import { Migration } from '@mikro-orm/migrations';

/**
 * Model v2: the realised effects in the CHECK of assumption.parameter, NORMAL in that of assumption.distribution,
 * and assumption.zero_mass. The data follows in Migration20261207120100.
 */
export class Migration20261207120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_parameter_check";`);
    this.addSql(`alter table "assumption" add constraint "assumption_parameter_check" check("parameter" in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'));`);
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_distribution_check";`);
    this.addSql(`alter table "assumption" add constraint "assumption_distribution_check" check("distribution" in ('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'NORMAL', 'EMPIRICAL'));`);
    this.addSql(`alter table "assumption" add column "zero_mass" double precision not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assumption" drop column "zero_mass";`);
  }

}
