/** Why the engine refused an input; callers map the code to a message in the user's language. */
export type DeadlineInputErrorCode =
  | 'noPeriod'
  | 'invalidDate'
  | 'openedBeforeDelivery'
  /** A detention maximum needs the day detention began; a filing period needs a notification. */
  | 'startKindMismatch'
  /** The remedy does not exist for this case type (istinaf against a final judgment). */
  | 'unavailableForCaseType';

export class DeadlineInputError extends Error {
  readonly code: DeadlineInputErrorCode;
  /** The input field at fault, when there is one ('date', 'deliveredOn', 'openedOn', 'startedOn'). */
  readonly field: string | undefined;

  constructor(code: DeadlineInputErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DeadlineInputError';
    this.code = code;
    this.field = field;
  }
}
