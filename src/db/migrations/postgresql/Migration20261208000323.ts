import { Migration } from '@mikro-orm/migrations';

/** RELEVANCE_FLOOR in the CHECK of assumption.parameter (issue 19). */
export class Migration20261208000323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_parameter_check";`);

    this.addSql(`alter table "assumption" add constraint "assumption_parameter_check" check("parameter" in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS', 'DIVERSION_SHARE', 'OFFER_HOURS_SCALE', 'RELEVANCE_FLOOR'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_parameter_check";`);

    this.addSql(`alter table "assumption" add constraint "assumption_parameter_check" check("parameter" in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS', 'DIVERSION_SHARE', 'OFFER_HOURS_SCALE'));`);
  }

}
