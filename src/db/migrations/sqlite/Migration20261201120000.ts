import { Migration } from '@mikro-orm/migrations';

/** AssumptionSet.kind: GLOBAL, CUSTOM or CALIBRATED; existing institution copies become CUSTOM. */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`assumption_set\` add column \`kind\` text check (\`kind\` in ('GLOBAL', 'CUSTOM', 'CALIBRATED')) not null default 'GLOBAL';`);
    this.addSql(`update \`assumption_set\` set \`kind\` = 'CUSTOM' where \`institution_id\` is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`assumption_set\` drop column \`kind\`;`);
  }
}
