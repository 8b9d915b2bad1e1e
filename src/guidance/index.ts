// Public surface of the guidance module: rulings, citations, dates and what the bot can answer.
export { decide, guidanceVersion, type DecideOptions } from './engine';
export { citation } from './citations';
export { recordingDeadline } from './deadlines';
export { retentionDate } from './retention';
export { coveredTopics } from './topics';
export { loadGuidance, buildGuidance, type Guidance } from './load';
export { GuidanceDataError, InvalidSituationError, UnknownCitationError } from './errors';
export { addWorkingDays, isWorkingDay } from '../calendar/working-days';
