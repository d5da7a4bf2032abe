import type { Language } from '../shared/schemas/vault';
import { inLanguage } from './messages';

/** Messages of the `deadline` commands, kept apart from messages.ts so they ship on their own. */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet deadline rules [--json]\n' +
      '          emanet deadline compute --rule KURAL (--notified YYYY-AA-GG | --etebligat-delivered YYYY-AA-GG [--opened YYYY-AA-GG]\n' +
      '                  | --detention-started YYYY-AA-GG [--order-date-only]) [--recess taken|not-taken|unsure] [--case-type TÜR] [--json]\n' +
      '  --recess: mahkeme adli tatilde çalışmaya ara veriyor (taken), vermiyor (not-taken), bilinmiyor (unsure, varsayılan)',
    unknownRule: (id: string) => `Bilinmeyen kural: "${id}". Kuralları görmek için: emanet deadline rules`,
    invalidDate: (option: string, value: string) =>
      `${option} geçerli bir tarih değil: "${value}". Biçim YYYY-AA-GG olmalı ve gün takvimde bulunmalı.`,
    noPeriod: (id: string) => `"${id}" kuralının süresi yok; süre olarak değil, görev olarak izleyin.`,
    openedBeforeDelivery: '--opened tarihi --etebligat-delivered tarihinden önce olamaz.',
    startKindMismatch: (id: string, detention: boolean) =>
      detention
        ? `"${id}" süresi gözetimin fiilen başladığı günden işler: --detention-started YYYY-AA-GG kullanın.`
        : `"${id}" süresi tebliğden işler: --notified veya --etebligat-delivered kullanın.`,
    unknownCaseType: (type: string) => `Bilinmeyen dosya türü: "${type}".`,
    unavailableForCaseType: (id: string, type: string, why: string) =>
      `"${id}" yolu "${type}" türündeki dosyalarda yoktur${why ? ` (${why})` : ''}.`,
    dataInvalid: 'Süre verisi dosyaları geçersiz; hesaplama yapılmadı:',
    due: 'Son gün',
    basis: 'Dayanak',
    confidenceWords: { S: 'doğrulandı', L: 'muhtemel', U: 'belirsiz' },
    steps: 'Hesaplama',
    warnings: 'Uyarılar',
    days: 'gün',
    months: 'ay',
    noLimit: 'süre yok',
  },
  en: {
    usage:
      'Usage: emanet deadline rules [--json]\n' +
      '       emanet deadline compute --rule RULE (--notified YYYY-MM-DD | --etebligat-delivered YYYY-MM-DD [--opened YYYY-MM-DD]\n' +
      '               | --detention-started YYYY-MM-DD [--order-date-only]) [--recess taken|not-taken|unsure] [--case-type TYPE] [--json]\n' +
      '  --recess: the court takes the judicial recess (taken), does not (not-taken), not known (unsure, the default)',
    unknownRule: (id: string) => `Unknown rule: "${id}". To list the rules: emanet deadline rules`,
    invalidDate: (option: string, value: string) =>
      `${option} is not a valid date: "${value}". Use YYYY-MM-DD with a day that exists in the calendar.`,
    noPeriod: (id: string) => `Rule "${id}" has no time limit; track it as a task, not a deadline.`,
    openedBeforeDelivery: 'The --opened date cannot be before the --etebligat-delivered date.',
    startKindMismatch: (id: string, detention: boolean) =>
      detention
        ? `Rule "${id}" runs from the day detention actually began: use --detention-started YYYY-MM-DD.`
        : `Rule "${id}" runs from a notification: use --notified or --etebligat-delivered.`,
    unknownCaseType: (type: string) => `Unknown case type: "${type}".`,
    unavailableForCaseType: (id: string, type: string, why: string) =>
      `Rule "${id}" does not exist for "${type}" cases${why ? ` (${why})` : ''}.`,
    dataInvalid: 'The deadline data files are invalid; nothing was computed:',
    due: 'Due',
    basis: 'Basis',
    confidenceWords: { S: 'verified', L: 'likely', U: 'uncertain' },
    steps: 'Steps',
    warnings: 'Warnings',
    days: 'days',
    months: 'months',
    noLimit: 'no time limit',
  },
} as const;

export type DeadlineMessages = (typeof MESSAGES)[Language];

export const deadlineMessagesFor: (language: Language) => DeadlineMessages = inLanguage(MESSAGES);
