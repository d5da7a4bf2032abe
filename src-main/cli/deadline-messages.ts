import type { Language } from '../shared/schemas/vault';

/** Messages of the `deadline` commands, kept apart from messages.ts so they ship on their own. */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet deadline rules [--json]\n' +
      '          emanet deadline compute --rule KURAL (--notified YYYY-AA-GG | --etebligat-delivered YYYY-AA-GG [--opened YYYY-AA-GG]) [--json]',
    unknownRule: (id: string) => `Bilinmeyen kural: "${id}". Kuralları görmek için: emanet deadline rules`,
    invalidDate: (option: string, value: string) =>
      `${option} geçerli bir tarih değil: "${value}". Biçim YYYY-AA-GG olmalı ve gün takvimde bulunmalı.`,
    noPeriod: (id: string) => `"${id}" kuralının süresi yok; süre olarak değil, görev olarak izleyin.`,
    openedBeforeDelivery: '--opened tarihi --etebligat-delivered tarihinden önce olamaz.',
    dataInvalid: 'Süre verisi dosyaları geçersiz; hesaplama yapılmadı:',
    due: 'Son gün',
    basis: 'Dayanak',
    confidence: 'Güven düzeyi',
    steps: 'Hesaplama',
    warnings: 'Uyarılar',
    days: 'gün',
    months: 'ay',
    noLimit: 'süre yok',
  },
  en: {
    usage:
      'Usage: emanet deadline rules [--json]\n' +
      '       emanet deadline compute --rule RULE (--notified YYYY-MM-DD | --etebligat-delivered YYYY-MM-DD [--opened YYYY-MM-DD]) [--json]',
    unknownRule: (id: string) => `Unknown rule: "${id}". To list the rules: emanet deadline rules`,
    invalidDate: (option: string, value: string) =>
      `${option} is not a valid date: "${value}". Use YYYY-MM-DD with a day that exists in the calendar.`,
    noPeriod: (id: string) => `Rule "${id}" has no time limit; track it as a task, not a deadline.`,
    openedBeforeDelivery: 'The --opened date cannot be before the --etebligat-delivered date.',
    dataInvalid: 'The deadline data files are invalid; nothing was computed:',
    due: 'Due',
    basis: 'Basis',
    confidence: 'Confidence',
    steps: 'Steps',
    warnings: 'Warnings',
    days: 'days',
    months: 'months',
    noLimit: 'no time limit',
  },
} as const;

export type DeadlineMessages = (typeof MESSAGES)[Language];

export function deadlineMessagesFor(language: Language): DeadlineMessages {
  return MESSAGES[language];
}
