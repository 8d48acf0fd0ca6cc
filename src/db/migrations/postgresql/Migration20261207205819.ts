import { Migration } from '@mikro-orm/migrations';

/**
 * Effect structure and money: degree_program.capacity (null: no limit), discount_rate and
 * instructional_cost_per_credit (0 for existing programs), and DIVERSION_SHARE and OFFER_HOURS_SCALE in the CHECK of
 * assumption.parameter. Existing sets gain no rows here.
 */
export class Migration20261207205819 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_parameter_check";`);

    this.addSql(`alter table "degree_program" add column "capacity" int null, add column "discount_rate" double precision not null default 0, add column "instructional_cost_per_credit" double precision not null default 0;`);

    this.addSql(`alter table "assumption" add constraint "assumption_parameter_check" check("parameter" in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS', 'DIVERSION_SHARE', 'OFFER_HOURS_SCALE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assumption" drop constraint if exists "assumption_parameter_check";`);

    this.addSql(`alter table "assumption" add constraint "assumption_parameter_check" check("parameter" in ('ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', 'ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'));`);

    this.addSql(`alter table "degree_program" drop column "capacity", drop column "discount_rate", drop column "instructional_cost_per_credit";`);
  }

}
