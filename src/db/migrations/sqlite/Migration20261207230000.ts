import { Migration } from '@mikro-orm/migrations';
import { addOfferAndDiversion } from '../add-offer-and-diversion';

/** Model v2's size and diversion parameters added to stored sets and samples (add-offer-and-diversion.ts). */
export class Migration20261207230000 extends Migration {
  override async up(): Promise<void> {
    await addOfferAndDiversion((sql, params) => this.execute(sql, params), Date.now());
  }
}
