export {
  addYears,
  dueForDeletion,
  purgeCase,
  purgeDue,
  setCaseRetention,
  type DueCase,
  type RetentionDeps,
} from './retention-service';
export { destroyVaultFolder, panicWipe, PANIC_CONFIRMATION, shredFile } from './panic-wipe';
