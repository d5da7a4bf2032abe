import type { Forum, HolidayName, StartsFrom } from '../../shared/schemas/deadlines';
import { type CivilDate, formatDdMmYyyy, isoWeekday } from './civil-date';

export type ExplainLanguage = 'tr' | 'en';

const WEEKDAYS: Record<ExplainLanguage, readonly string[]> = {
  tr: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export function weekdayName(date: CivilDate, lang: ExplainLanguage): string {
  return WEEKDAYS[lang][isoWeekday(date) - 1] ?? '';
}

/** "19.05.2027" */
export const d = formatDdMmYyyy;

/** "19.05.2027, 20.05.2027 ve 21.05.2027" / "19.05.2027, 20.05.2027 and 21.05.2027" */
export function dateList(dates: readonly CivilDate[], lang: ExplainLanguage): string {
  const shown = dates.map(d);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${lang === 'tr' ? 've' : 'and'} ${shown.at(-1) ?? ''}`;
}

/** en "Thursday 20.05.2027"; tr "20.05.2027 Perşembe" (the order each language writes). */
export function dayAndDate(date: CivilDate, lang: ExplainLanguage): string {
  return lang === 'en' ? `${weekdayName(date, lang)} ${d(date)}` : `${d(date)} ${weekdayName(date, lang)}`;
}

/** en "7th", "21st"; tr "7." */
export function ordinal(n: number, lang: ExplainLanguage): string {
  if (lang === 'tr') return `${n}.`;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function holidayList(holidays: readonly HolidayName[], lang: ExplainLanguage): string {
  return holidays.map((h) => (lang === 'tr' ? h.nameTr : h.nameEn)).join('; ');
}

const FORUMS: Record<Forum, Record<ExplainLanguage, string>> = {
  'administrative-court': { tr: 'İdare mahkemesi', en: 'Administrative court' },
  'criminal-judgeship-of-peace': { tr: 'Sulh ceza hakimliği', en: 'Criminal judgeship of peace' },
  'ip-evaluation-commission': {
    tr: 'Uluslararası Koruma Değerlendirme Komisyonu',
    en: 'International Protection Evaluation Commission',
  },
  'regional-administrative-court': { tr: 'Bölge idare mahkemesi', en: 'Regional administrative court' },
  'council-of-state': { tr: 'Danıştay', en: 'Council of State (Danıştay)' },
  'constitutional-court': { tr: 'Anayasa Mahkemesi', en: 'Constitutional Court' },
  ecthr: { tr: 'Avrupa İnsan Hakları Mahkemesi', en: 'European Court of Human Rights' },
};

export function forumName(forum: Forum, lang: ExplainLanguage): string {
  return FORUMS[forum][lang];
}

const STARTS: Record<StartsFrom, Record<ExplainLanguage, string>> = {
  notification: { tr: 'tebliğ tarihi', en: 'notified' },
  'written-notification': { tr: 'yazılı bildirim tarihi', en: 'written notification' },
  'judgment-notification': { tr: 'kararın tebliğ tarihi', en: 'judgment notified' },
  'detention-start': { tr: 'gözetimin fiilen başladığı gün', en: 'detention began' },
  'final-decision': {
    tr: 'kesin kararın tebliğ edildiği ya da öğrenildiği tarih',
    en: 'final decision served or learned of',
  },
  'exhaustion-or-knowledge': {
    tr: 'başvuru yollarının tüketildiği ya da kesin kararın öğrenildiği tarih',
    en: 'remedies exhausted or final decision learned',
  },
  none: { tr: 'başlangıç tarihi', en: 'start' },
};

export function startsFromLabel(startsFrom: StartsFrom, lang: ExplainLanguage): string {
  return STARTS[startsFrom][lang];
}
