import { Migration } from '@mikro-orm/migrations';
import { addRelevanceFloor } from '../add-relevance-floor';

/** RELEVANCE_FLOOR added to stored sets and samples (add-relevance-floor.ts). */
export class Migration20261208000400 extends Migration {
  override async up(): Promise<void> {
    await addRelevanceFloor((sql, params) => this.execute(sql, params), Date.now());
  }
}
