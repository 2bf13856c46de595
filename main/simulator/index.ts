/** The network simulator's public surface: start it, control it, read its scenario catalogue, load worlds. */
export { startSimulator, type RunningSimulator, type SimulatorOptions } from './start-simulator';
export type { SimulatorControl, MintedFacebookTokens, MintedXTokens, MintFacebookOptions } from './control/simulator-control';
export { SCENARIOS, SCENARIO_IDS, scenarioById, isScenarioId, type ScenarioDefinition, type ScenarioId, type TargetKind } from './scenarios/scenario-catalogue';
export type { ApplyRequest, RevertRequest, ScenarioTarget } from './scenarios/scenario-engine';
export type { ActiveScenario } from './state/sim-state';
export type { FaultSpec, FaultSpecInput, FaultType } from './faults/fault.schema';
export { CONTROL_PREFIX } from './control/control-api';
export { loadWorldFile, parseWorld, parseWorldJson, WorldError } from './world/load-world';
export { demoWorld } from './world/demo-world';
export type { World, WorldInput } from './world/world.schema';
export { DEFAULT_GRAPH_VERSION } from './graph/graph-request';
export { SimulatorRequestError } from './simulator-error';
export { createControlClient, type ControlClient, type RemoteApplyRequest, type ScenarioListing } from './control/control-client';
