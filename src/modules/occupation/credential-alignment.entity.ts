import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { MicroCredential } from '../credential/micro-credential.entity';
import { Institution } from '../institution/institution.entity';

/** Who aligned a credential to a framework entry. */
export enum AlignmentSource {
  /** Read from the credential's own document (Open Badges `alignment`, CTDL `ceterms:occupationType`). */
  ASSERTED_BY_ISSUER = 'ASSERTED_BY_ISSUER',
  /** Chosen by an institution's planner with setCredentialOccupations. */
  SET_BY_PLANNER = 'SET_BY_PLANNER',
}

/**
 * One alignment of a credential (issue 19): to a SOC 2018 occupation, or to an entry of another framework kept as
 * the issuer wrote it. One table for both, so the importers keep every alignment they read without guessing:
 * - `socCode` is set when the alignment names a SOC 2018 or O*NET-SOC occupation (15-1252.00 is kept as 15-1252),
 *   whether or not an Occupation row exists for it (reads join by code and leave the others out); it is null for
 *   any other framework, whose framework, code, name and URL are kept as written.
 * - `institution` is null for the issuer's assertion (source ASSERTED_BY_ISSUER), the same for every reader; or
 *   the institution whose planner chose the set (SET_BY_PLANNER), which replaces the issuer's for that
 *   institution only (a shared-catalog credential's choice is per institution).
 */
@Entity({ tableName: 'credential_alignment' })
@Index({ properties: ['credential', 'institution'] })
export class CredentialAlignment extends BaseEntity {
  @ManyToOne(() => MicroCredential, { deleteRule: 'cascade' })
  credential!: MicroCredential;

  /** null: the issuer's assertion; else the institution whose planner chose it. */
  @ManyToOne(() => Institution, { nullable: true, deleteRule: 'cascade' })
  institution?: Institution | null;

  @Enum({ items: () => AlignmentSource })
  source!: AlignmentSource;

  /** SOC 2018 code NN-NNNN when the alignment names an occupation; null for another framework's entry. */
  @Property({ type: 'string', length: 7, nullable: true })
  socCode?: string | null;

  /** The framework as written (targetFramework, ceterms:frameworkName), e.g. "O*NET-SOC"; "SOC 2018" for a planner's. */
  @Property({ type: 'string', length: 300, nullable: true })
  framework?: string | null;

  /** The code as written (targetCode, ceterms:codedNotation), e.g. "15-1252.00". */
  @Property({ type: 'string', length: 300, nullable: true })
  targetCode?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  targetName?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  targetUrl?: string | null;
}
