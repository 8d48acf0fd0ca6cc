import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { BaseEntity } from '../common/base.entity';
import { Institution } from '../institution/institution.entity';
import { CalibrationStatus } from './calibration.enums';

/**
 * One run of the calibration (docs/MODEL.md §15), saved as it came out: the results are stored, never recomputed,
 * so later actuals cannot change it; observationCount and observationHash record what it used.
 */
@Entity({ tableName: 'calibration' })
@Index({ properties: ['institution', 'id'] })
export class Calibration extends BaseEntity {
  @ManyToOne(() => Institution, { deleteRule: 'cascade' })
  institution!: Institution;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => CalibrationStatus })
  status!: CalibrationStatus;

  @ManyToOne(() => AssumptionSet)
  priorAssumptionSet!: AssumptionSet;

  /** The CALIBRATED set it created; null unless status is OK. */
  @ManyToOne(() => AssumptionSet, { nullable: true, unique: true })
  assumptionSet?: AssumptionSet | null;

  @Property({ type: 'integer' })
  draws!: number;

  @Property({ type: 'integer' })
  seed!: number;

  /** The model's MODEL_VERSION when it ran. */
  @Property({ type: 'integer' })
  modelVersion!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  effectiveSampleSize!: number;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  paretoK?: number | null;

  /** Metric observations read (of the programs in scope). */
  @Property({ type: 'integer' })
  observationCount!: number;

  /** SHA-256 of those observations (program, year, metric, value, numerator, denominator), sorted. */
  @Property({ type: 'string', length: 64 })
  observationHash!: string;

  /** Distinct program-years behind the estimates. */
  @Property({ type: 'integer' })
  programYearCount!: number;

  @Property({ type: 'integer' })
  programCount!: number;

  /** JSON: the model's LocalEffectEstimate[]. */
  @Property({ type: 'text' })
  estimates!: string;

  /** JSON: the model's ParameterPosterior[]. */
  @Property({ type: 'text' })
  parameters!: string;

  /** JSON: the realised ratios, prior vs posterior. */
  @Property({ type: 'text' })
  derived!: string;

  /** JSON: warning codes. */
  @Property({ type: 'text' })
  warnings!: string;

  /** JSON: [{ id, reason }] with database ids of the programs left out. */
  @Property({ type: 'text' })
  excludedPrograms!: string;

  /** JSON: the sampler's diagnostics. */
  @Property({ type: 'text' })
  diagnostics!: string;

  /**
   * JSON: the joint posterior sample, one array per vector in the model's PARAMETERS order ([] unless OK).
   * Lazy: only projections on the calibrated set read it.
   */
  @Property({ type: 'text', lazy: true })
  sample!: string;
}
