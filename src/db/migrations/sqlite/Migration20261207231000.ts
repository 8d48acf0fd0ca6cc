import { Migration } from '@mikro-orm/migrations';

/**
 * Occupations as data (issue 19): the occupation table (SOC 2018 code, title, BLS Employment Projections figures,
 * their source) and cip_soc_crosswalk (the NCES CIP 2020 → SOC 2018 crosswalk; SOC codes kept as text, not a
 * foreign key). Rows come from the seeds on start and from `uplift import occupations|crosswalk`. Hand-trimmed:
 * SQLite's schema diff also rebuilt unchanged tables.
 */
export class Migration20261207231000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cip_soc_crosswalk\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cip_code\` text not null, \`cip_title\` text not null, \`soc_code\` text not null, \`soc_title\` text not null);`);
    this.addSql(`create index \`cip_soc_crosswalk_soc_code_index\` on \`cip_soc_crosswalk\` (\`soc_code\`);`);
    this.addSql(`create unique index \`cip_soc_crosswalk_cip_code_soc_code_unique\` on \`cip_soc_crosswalk\` (\`cip_code\`, \`soc_code\`);`);

    this.addSql(`create table \`occupation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`title\` text not null, \`employment\` double null, \`projected_growth\` double null, \`annual_openings\` double null, \`median_wage\` double null, \`source\` text null);`);
    this.addSql(`create unique index \`occupation_code_unique\` on \`occupation\` (\`code\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`cip_soc_crosswalk\`;`);
    this.addSql(`drop table if exists \`occupation\`;`);
  }

}
