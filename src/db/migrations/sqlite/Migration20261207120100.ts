import { Migration } from '@mikro-orm/migrations';
import { convertV1Sets } from '../convert-v1-sets';

/** Model v2: stored v1 assumption sets and calibration samples converted to the realised effects (convert-v1-sets.ts). */
export class Migration20261207120100 extends Migration {
  override async up(): Promise<void> {
    await convertV1Sets((sql, params) => this.execute(sql, params));
  }
}
