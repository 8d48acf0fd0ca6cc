import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';

/**
 * An occupation of the Standard Occupational Classification (SOC 2018) with its labour-market figures
 * (BLS Employment Projections). Global data: the same rows for every institution, read by every key,
 * written only by the seeds and the platform's `uplift import occupations`.
 */
@Entity({ tableName: 'occupation' })
export class Occupation extends BaseEntity {
  /** SOC 2018 code, NN-NNNN (e.g. 15-1252). */
  @Property({ type: 'string', length: 7 })
  @Unique()
  code!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Employment in the projections' base year, thousands. */
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  employment?: number | null;

  /** Projected change in employment over the projection decade, as a share (0.17 = +17%). */
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  projectedGrowth?: number | null;

  /** Average annual openings over the projection decade, thousands. */
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  annualOpenings?: number | null;

  /** Median annual wage, USD. */
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  medianWage?: number | null;

  /** Where the figures come from, e.g. "BLS EP 2024-34 Table 1.2". */
  @Property({ type: 'string', length: 200, nullable: true })
  source?: string | null;
}

/**
 * One row of the CIP 2020 → SOC 2018 crosswalk (NCES): a program of study (CIP) leads to an occupation (SOC).
 *
 * The SOC side is kept as a code and title, not a reference to Occupation: the crosswalk names occupations
 * that have no projections row (and the two tables are imported separately, in either order). Reads join
 * to Occupation by code and leave out the codes without one (`DegreeProgram.occupations`).
 */
@Entity({ tableName: 'cip_soc_crosswalk' })
@Unique({ properties: ['cipCode', 'socCode'] })
@Index({ properties: ['socCode'] })
export class CipSocCrosswalk extends BaseEntity {
  /** CIP 2020 code, NN.NNNN (e.g. 11.0701). */
  @Property({ type: 'string', length: 7 })
  cipCode!: string;

  @Property({ type: 'string', length: 300 })
  cipTitle!: string;

  /** SOC 2018 code, NN-NNNN. */
  @Property({ type: 'string', length: 7 })
  socCode!: string;

  @Property({ type: 'string', length: 300 })
  socTitle!: string;
}
