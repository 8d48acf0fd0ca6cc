import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../common/base.entity';
import { Modality, ProgramLevel, ProgramStatus } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import type { ProgramCredential } from '../embedding/program-credential.entity';

@Entity({ tableName: 'degree_program' })
@Unique({ properties: ['institution', 'code'] })
@Index({ properties: ['institution', 'title'] })
export class DegreeProgram extends VersionedEntity {
  @ManyToOne(() => Institution, { deleteRule: 'cascade' })
  institution!: Institution;

  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Enum({ items: () => ProgramLevel })
  level!: ProgramLevel;

  @Enum({ items: () => Modality })
  modality!: Modality;

  @Property({ type: 'string', length: 7, nullable: true })
  cipCode?: string | null;

  @Property({ type: 'double', runtimeType: 'number' })
  totalCredits!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  durationYears!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  tuitionPerCredit!: number;

  @Enum({ items: () => ProgramStatus })
  status: ProgramStatus & Opt = ProgramStatus.ACTIVE;

  // Baseline, flattened: the observed state the model starts from.
  @Property({ type: 'integer' })
  annualProspects!: number;

  @Property({ type: 'integer' })
  annualNewEnrollments!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  engagementRate!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  retentionRate!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  prospectGrowthRate: number & Opt = 0;

  // Limit and money: what the projections cap entrants at and turn tuition into a contribution margin with.
  /** Most new entrants a year; null: no limit. Never below annualNewEnrollments (degree-program.rules.ts). */
  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  /** Institutional aid as a share of gross tuition, in [0, 1). */
  @Property({ type: 'double', runtimeType: 'number' })
  discountRate: number & Opt = 0;

  /** Marginal cost of teaching one credit to one student, in the institution's currency. */
  @Property({ type: 'double', runtimeType: 'number' })
  instructionalCostPerCredit: number & Opt = 0;

  @OneToMany('ProgramCredential', 'program')
  embeddings = new Collection<ProgramCredential>(this);
}
