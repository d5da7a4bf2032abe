/**
 * Why a conflict check matched, as codes the renderer and the CLI translate. Defined here, in
 * shared/, so the domain that produces them and the UI that explains them use one list.
 */
export const CONFLICT_REASONS = [
  'identityNumberExact',
  'nameExact',
  'nameVariant',
  'aliasMatch',
  'dateOfBirthMatch',
  'birthYearMatch',
  'dateOfBirthMismatch',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const NAME_REASONS = [
  'exactName',
  'transliteration',
  'turkishForm',
  'similarSpelling',
  'nameOrderSwapped',
  'particleDropped',
  'partialName',
] as const;
export type NameReason = (typeof NAME_REASONS)[number];
