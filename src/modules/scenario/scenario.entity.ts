import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../common/base.entity';
import { EmbeddingStatus, RequirementType } from '../common/enums';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { MicroCredential } from '../credential/micro-credential.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { Institution } from '../institution/institution.entity';
import { DegreeProgram } from '../program/degree-program.entity';

@Entity({ tableName: 'scenario' })
@Index({ properties: ['institution', 'name'] })
export class Scenario extends VersionedEntity {
  @ManyToOne(() => Institution, { deleteRule: 'cascade' })
  institution!: Institution;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => AssumptionSet)
  assumptionSet!: AssumptionSet;

  @Property({ type: 'integer' })
  horizonYears!: number;

  @Property({ type: 'integer' })
  draws!: number;

  @Property({ type: 'integer' })
  seed!: number;

  @OneToMany('ScenarioProgram', 'scenario', { orphanRemoval: true })
  programs = new Collection<ScenarioProgram>(this);
}

/** A program the scenario covers, with the credentials it adds and the embeddings it removes. */
@Entity({ tableName: 'scenario_program' })
export class ScenarioProgram extends BaseEntity {
  @ManyToOne(() => Scenario, { deleteRule: 'cascade' })
  scenario!: Scenario;

  @ManyToOne(() => DegreeProgram, { deleteRule: 'cascade' })
  program!: DegreeProgram;

  /** Position in the scenario's list of changes. */
  @Property({ type: 'integer' })
  position!: number;

  @OneToMany('ScenarioAddition', 'change', { orphanRemoval: true })
  additions = new Collection<ScenarioAddition>(this);

  @OneToMany('ScenarioRemoval', 'change', { orphanRemoval: true })
  removals = new Collection<ScenarioRemoval>(this);
}

/** A credential the scenario would embed: an embedding that exists only in the what-if. */
@Entity({ tableName: 'scenario_addition' })
export class ScenarioAddition extends BaseEntity {
  [OptionalProps]?: 'program' | 'status' | 'startYear' | 'version' | 'displacesTuition' | 'createdAt' | 'updatedAt';

  @ManyToOne(() => ScenarioProgram, { deleteRule: 'cascade' })
  change!: ScenarioProgram;

  @ManyToOne(() => MicroCredential, { deleteRule: 'cascade' })
  credential!: MicroCredential;

  @Property({ type: 'double', runtimeType: 'number' })
  creditsApplied!: number;

  @Enum({ items: () => RequirementType })
  requirement!: RequirementType;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  takeUpRate?: number | null;

  @Property({ type: 'boolean' })
  displacesTuition: boolean & Opt = false;

  // Read as a ProgramCredential in GraphQL: an embedding that exists only in the what-if.
  get program(): DegreeProgram {
    return this.change.program;
  }

  get status(): EmbeddingStatus {
    return EmbeddingStatus.PLANNED;
  }

  get startYear(): null {
    return null;
  }

  get version(): number {
    return 1;
  }
}

/** An ACTIVE embedding the scenario takes away. */
@Entity({ tableName: 'scenario_removal' })
export class ScenarioRemoval extends BaseEntity {
  @ManyToOne(() => ScenarioProgram, { deleteRule: 'cascade' })
  change!: ScenarioProgram;

  @ManyToOne(() => ProgramCredential, { deleteRule: 'cascade' })
  embedding!: ProgramCredential;
}

/**
 * Why a stored projection is kept. SAVED: a saved scenario's (kept while anything may read it). PREVIEW: a preview's
 * (`previewUplift`), bounded in rows and bytes and expiring (projection.service.ts#previewCacheLimits). A preview
 * whose inputs are a saved scenario's shares its row, which the scenario's read turns SAVED.
 */
export enum ProjectionCacheKind {
  PREVIEW = 'PREVIEW',
  SAVED = 'SAVED',
}

/** Projections stored by the hash of everything they depend on; shared by every API instance. */
@Entity({ tableName: 'projection_cache' })
// Eviction reads previews newest first with their sizes from this index alone (never the results' pages).
@Index({ name: 'projection_cache_eviction_index', properties: ['kind', 'createdAt', 'key', 'bytes'] })
export class ProjectionCache {
  @PrimaryKey({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'text' })
  result!: string;

  @Property({ type: Date })
  createdAt: Date & Opt = new Date();

  @Enum({ items: () => ProjectionCacheKind, default: ProjectionCacheKind.PREVIEW })
  kind: ProjectionCacheKind & Opt = ProjectionCacheKind.PREVIEW;

  /** The size of `result` in bytes (UTF-8), for the previews' byte budget. */
  @Property({ type: 'integer', default: 0 })
  bytes: number & Opt = 0;
}
