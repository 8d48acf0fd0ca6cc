import { BaseEntity, VersionedEntity } from '../modules/common/base.entity';
import { Institution } from '../modules/institution/institution.entity';
import { DegreeProgram } from '../modules/program/degree-program.entity';
import { MicroCredential } from '../modules/credential/micro-credential.entity';
import { ProgramCredential } from '../modules/embedding/program-credential.entity';
import { EvidenceSource } from '../modules/evidence/evidence-source.entity';
import { EvidenceStatistic } from '../modules/evidence/evidence-statistic.entity';
import { AssumptionSet } from '../modules/assumption/assumption-set.entity';
import { Assumption } from '../modules/assumption/assumption.entity';
import { MetricObservation } from '../modules/metric/metric-observation.entity';
import { ApiKey } from '../modules/api-key/api-key.entity';
import {
  ProjectionCache,
  Scenario,
  ScenarioAddition,
  ScenarioProgram,
  ScenarioRemoval,
} from '../modules/scenario/scenario.entity';
import { Calibration } from '../modules/calibration/calibration.entity';
import { Backtest } from '../modules/calibration/backtest.entity';
import { CipSocCrosswalk, Occupation } from '../modules/occupation/occupation.entity';
import { CredentialAlignment } from '../modules/occupation/credential-alignment.entity';

export const entities = [
  BaseEntity,
  VersionedEntity,
  Institution,
  DegreeProgram,
  MicroCredential,
  ProgramCredential,
  EvidenceSource,
  EvidenceStatistic,
  AssumptionSet,
  Assumption,
  MetricObservation,
  ApiKey,
  Scenario,
  ScenarioProgram,
  ScenarioAddition,
  ScenarioRemoval,
  ProjectionCache,
  Calibration,
  Backtest,
  Occupation,
  CipSocCrosswalk,
  CredentialAlignment,
];
