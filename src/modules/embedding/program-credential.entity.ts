import { Entity, Enum, ManyToOne, Property, Unique, Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../common/base.entity';
import { EmbeddingStatus, RequirementType } from '../common/enums';
import { DegreeProgram } from '../program/degree-program.entity';
import { MicroCredential } from '../credential/micro-credential.entity';

@Entity({ tableName: 'program_credential' })
@Unique({ properties: ['program', 'credential'] })
export class ProgramCredential extends VersionedEntity {
  @ManyToOne(() => DegreeProgram, { deleteRule: 'cascade' })
  program!: DegreeProgram;

  @ManyToOne(() => MicroCredential, { deleteRule: 'cascade' })
  credential!: MicroCredential;

  /** In the program's (institution's) credit unit, after conversion. */
  @Property({ type: 'double', runtimeType: 'number' })
  creditsApplied!: number;

  @Enum({ items: () => RequirementType })
  requirement!: RequirementType;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  takeUpRate?: number | null;

  @Property({ type: 'boolean' })
  displacesTuition: boolean & Opt = false;

  @Property({ type: 'integer', nullable: true })
  startYear?: number | null;

  @Enum({ items: () => EmbeddingStatus })
  status: EmbeddingStatus & Opt = EmbeddingStatus.ACTIVE;
}
