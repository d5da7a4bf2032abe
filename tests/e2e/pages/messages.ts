/**
 * The app's own texts, so the page models and specs find things by what the lawyer reads in
 * either language (one copy for every e2e file).
 */
import type { Language } from '../../../src-main/shared/schemas/vault';
import { en } from '../../../src-renderer/src/i18n/resources/en';
import { tr, type Messages } from '../../../src-renderer/src/i18n/resources/tr';

export type Lang = Language;
export type { Messages };
export const MESSAGES: Record<Lang, Messages> = { tr, en };

/** i18next-style `{{name}}` interpolation, for messages with placeholders. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}
