import type { TFunction } from 'i18next';
import { tr } from '../../i18n/resources/tr';

/**
 * Validation codes (`date.inFuture`, `duration.tooLong`, …) come from the shared zod schemas,
 * both when the form checks itself and in a VALIDATION answer's `details` (`path:code`).
 * They are translated here; a code we do not know becomes the generic "not valid" sentence
 * rather than a raw code on screen.
 */

type Tree = { readonly [key: string]: string | Tree };

function knownCode(code: string): boolean {
  let node: string | Tree = tr.cases.validation;
  for (const part of code.split('.')) {
    if (typeof node === 'string' || !Object.hasOwn(node, part)) return false;
    node = node[part] as string | Tree;
  }
  return typeof node === 'string';
}

export function validationMessage(t: TFunction, code: string | undefined): string {
  const key = code && knownCode(code) ? code : 'invalid';
  // The key is checked against the Turkish tree above, which is the type every language has.
  return t(`cases.validation.${key}` as 'cases.validation.invalid');
}

/** A field's error sentence for `code`, or nothing when the field has no error. */
export function errorText(t: TFunction, code: string | undefined): string | undefined {
  return code ? validationMessage(t, code) : undefined;
}
