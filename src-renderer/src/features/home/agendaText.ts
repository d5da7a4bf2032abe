import type { TFunction } from 'i18next';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { CASE_TYPES, type CaseType } from '@shared/schemas/deadlines';
import type { Language } from '@shared/schemas/vault';

function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

/** What the item is: the rule's name in the UI language, the hearing's court and time, or the title. */
export function itemWhat(t: TFunction, item: AgendaItem, lang: Language): string {
  if (item.kind === 'hearing') {
    const time = item.time ?? '';
    return item.title ? t('agenda.hearingAt', { court: item.title, time }) : t('agenda.hearingNoCourt', { time });
  }
  if (item.kind === 'review') return t('agendaAids.review');
  if (item.title) return item.title;
  if (item.ruleName) return item.ruleName[lang];
  return t(`agenda.kinds.${item.kind}`);
}

/** The case by its title, or by its type when it has none (many cases are just "the removal appeal"). */
export function itemCase(t: TFunction, item: AgendaItem): string {
  if (item.caseTitle?.trim()) return item.caseTitle;
  return isCaseType(item.caseType) ? t(`caseTypes.${item.caseType}`) : item.caseType;
}
