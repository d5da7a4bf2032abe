/**
 * The pure deadline calculator as the services offer it to `deadline compute` in the CLI, which
 * runs it without a vault: the domain's engine and its wording in both languages. The app reaches
 * the same engine through `deadline-service.ts` (`computeFor` in `deadline-preview.ts`).
 */
export {
  compute,
  DeadlineInputError,
  explainResult,
  explainStep,
  explainSteps,
  explainWarning,
} from '../../domain/deadlines';
export { dayAndDate } from '../../domain/deadlines/words';
