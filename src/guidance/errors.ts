// Typed errors with stable codes, so callers can tell bad guidance data from a bad question.

export class GuidanceDataError extends Error {
  readonly code = 'GUIDANCE_DATA_INVALID';
  constructor(readonly file: string, readonly entry: string, readonly problem: string) {
    super(`Invalid guidance data in ${file}, entry ${entry}: ${problem}`);
    this.name = 'GuidanceDataError';
  }
}

export class UnknownCitationError extends Error {
  readonly code = 'UNKNOWN_CITATION';
  constructor(readonly citationId: string) {
    super(`No encoded provision has the id "${citationId}"`);
    this.name = 'UnknownCitationError';
  }
}

export class InvalidSituationError extends Error {
  readonly code = 'INVALID_SITUATION';
  constructor(readonly problems: string[]) {
    super(`The situation cannot be ruled on: ${problems.join('; ')}`);
    this.name = 'InvalidSituationError';
  }
}
