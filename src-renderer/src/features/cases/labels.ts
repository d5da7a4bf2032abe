import type { TFunction } from 'i18next';
import type { CaseType } from '@shared/schemas/deadlines';

/** A case's name in lists and headings: its title, or its type when it has none. */
export function caseLabel(t: TFunction, title: string | null | undefined, type: CaseType): string {
  return title?.trim() ? title : t(`caseTypes.${type}`);
}

/** `2024/123 E. · 2025/45 K.`: only the court numbers, which is what lawyers look for in a list. */
export function courtNumbers(t: TFunction, numbers: readonly { kind: string; value: string }[]): string {
  return numbers
    .filter((n) => n.kind === 'esas' || n.kind === 'karar')
    .map((n) => t(n.kind === 'esas' ? 'cases.esasShort' : 'cases.kararShort', { n: n.value }))
    .join(' · ');
}
