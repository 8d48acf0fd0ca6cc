import type { NodeDefinition } from '../core/node';
import { apiKeyNode } from '../modules/api-key/api-key.loaders';
import { assumptionSetNode } from '../modules/assumption/assumption.loaders';
import { credentialNode } from '../modules/credential/micro-credential.loaders';
import { embeddingNode } from '../modules/embedding/program-credential.loaders';
import { evidenceSourceNode, evidenceStatisticNode } from '../modules/evidence/evidence.loaders';
import { institutionNode } from '../modules/institution/institution.loaders';
import { metricNode } from '../modules/metric/metric-observation.loaders';
import { programNode } from '../modules/program/degree-program.loaders';
import { scenarioAdditionNode, scenarioNode } from '../modules/scenario/scenario.loaders';
import { calibrationNode } from '../modules/calibration/calibration.loaders';
import { backtestNode } from '../modules/calibration/backtest.loaders';
import { occupationNode } from '../modules/occupation/occupation.loaders';

/** The Node registry: every module's Node types, each declared once beside its loader. */
export const NODE_TYPES: readonly NodeDefinition[] = [
  institutionNode,
  programNode,
  credentialNode,
  embeddingNode,
  evidenceSourceNode,
  evidenceStatisticNode,
  assumptionSetNode,
  metricNode,
  apiKeyNode,
  scenarioNode,
  scenarioAdditionNode,
  calibrationNode,
  backtestNode,
  occupationNode,
];
