import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { Calibration } from './calibration.entity';
import { BaseEntity } from '../common/base.entity';
import { Institution } from '../institution/institution.entity';

/**
 * One back-test (docs/MODEL.md §17), saved as it came out: forecasts made as of a year from what was known then,
 * against what happened. Stored, never recomputed: later actuals do not change it.
 */
@Entity({ tableName: 'backtest' })
@Index({ properties: ['institution', 'id'] })
export class Backtest extends BaseEntity {
  @ManyToOne(() => Institution, { deleteRule: 'cascade' })
  institution!: Institution;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'integer' })
  asOfYear!: number;

  /** The prior the fit started from. */
  @ManyToOne(() => AssumptionSet)
  assumptionSet!: AssumptionSet;

  /** The calibration on the years up to asOfYear; null when there was nothing to fit. */
  @ManyToOne(() => Calibration, { nullable: true, deleteRule: 'set null' })
  calibration?: Calibration | null;

  /** Whether the forecasts drew from that calibration's posterior (it was OK) rather than the prior. */
  @Property({ type: 'boolean' })
  usedPosterior!: boolean;

  @Property({ type: 'integer' })
  draws!: number;

  @Property({ type: 'integer' })
  seed!: number;

  /** The model's MODEL_VERSION when it ran. */
  @Property({ type: 'integer' })
  modelVersion!: number;

  @Property({ type: 'integer' })
  forecastPrograms!: number;

  /** JSON: the model's BacktestPoint[] with database program ids. */
  @Property({ type: 'text', lazy: true })
  points!: string;

  /** JSON: the model's BacktestScore[]. */
  @Property({ type: 'text' })
  scores!: string;

  /** JSON: [{ id, reason }] of the programs left out. */
  @Property({ type: 'text' })
  excludedPrograms!: string;
}
