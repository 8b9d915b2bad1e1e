export { startGraphStandIn, trustingFetch, DEFAULT_SITE_ID, type GraphStandIn, type RecordedRequest, type StandInOptions } from './server';
export type { Fault, FaultRule } from './faults';
export type { StandInUser } from './state';
