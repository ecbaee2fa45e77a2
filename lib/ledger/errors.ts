/** What went wrong, for the caller to choose a reaction; the message is written for people. */
export type LedgerErrorCode = 'not-found' | 'invalid' | 'conflict';

/** A refused ledger operation. Nothing was written when one is thrown. */
export class LedgerError extends Error {
  constructor(
    readonly code: LedgerErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}

export function invalid(operation: string, problems: string[]): LedgerError {
  return new LedgerError('invalid', `${operation}: ${problems.join('; ')}`);
}
