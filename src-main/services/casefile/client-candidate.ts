/**
 * A client as the conflict check sees it (names, aliases, date of birth, identity numbers): the
 * one mapping the import preview (`domain/import/rows.ts`) and the CLI's `client add` share, so a
 * client added either way is checked alike.
 */
export { candidateOf } from '../../domain/import/rows';
