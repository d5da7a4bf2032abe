/**
 * One term per concept (issue 14, /UX "Words"): a lawyer reads Turkish legal terms with their legal
 * meaning, so a word used for two things misleads. For each concept: the Turkish term(s) to use,
 * the Turkish variants that must not appear on any screen, the English term and the English
 * variants that must not appear. tests/unit/glossary.test.ts walks every tr and en message and
 * fails on a forbidden variant. Patterns are matched case-insensitively against each message.
 */
export interface GlossaryEntry {
  concept: string;
  tr: readonly string[];
  forbiddenTr: readonly RegExp[];
  en: readonly string[];
  forbiddenEn: readonly RegExp[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'a legal time limit',
    tr: ['süre'],
    // "süre" is never a time entry ("süre kaydı") nor a stretch of work.
    forbiddenTr: [/süre kaydı/i],
    en: ['deadline'],
    forbiddenEn: [/\btime limit\b/i],
  },
  {
    concept: 'a time entry (work logged)',
    tr: ['çalışma kaydı'],
    forbiddenTr: [/zaman kayd/i],
    en: ['time entry'],
    forbiddenEn: [/\btime record\b/i, /\bduration entry\b/i],
  },
  {
    concept: 'a count of computer files (backups, restores)',
    tr: ['belge'],
    // "dosya" is a case: a number of files on disk is "N belge".
    forbiddenTr: [/\{\{(files|documents|fileCount)\}\} dosya/i, /\d+ dosya, \d/i],
    en: ['file', 'document'],
    forbiddenEn: [],
  },
  {
    concept: 'a document of a case (an uploaded file)',
    tr: ['belge'],
    // The file the lawyer picks or opens becomes a document of the case: "dosya" is the case.
    forbiddenTr: [/seçilen dosya/i, /\bdosya bozuk/i],
    en: ['file', 'document'],
    forbiddenEn: [],
  },
  {
    concept: 'the supervisor overview',
    tr: ['pano'],
    // The clipboard is never "pano".
    forbiddenTr: [/\bpanoya\b/i, /\bpanodan\b/i, /\bpano \d+ saniye/i, /\bpano(yu)? temizle/i],
    en: ['dashboard'],
    forbiddenEn: [],
  },
  {
    concept: 'conflict of interest',
    tr: ['menfaat çatışması'],
    forbiddenTr: [/çıkar çatışma/i],
    en: ['conflict of interest'],
    forbiddenEn: [/\bconflict check(ing)? of interests\b/i],
  },
  {
    concept: 'consent to anonymized reporting',
    tr: ['KVKK açık rıza'],
    forbiddenTr: [/^onaylar$/i],
    en: ['reporting consent'],
    forbiddenEn: [/^consents$/i],
  },
  {
    concept: 'unpaid work',
    tr: ['pro bono'],
    // One term: not "ücretsiz", not "gönüllü" as a label for the hours.
    forbiddenTr: [/ücretsiz/i, /gönüllü (\(pro bono\) )?(saat|çalışma)/i],
    en: ['pro bono'],
    forbiddenEn: [/\bvolunteer hours\b/i, /\bfree of charge\b/i, /\bunpaid\b/i],
  },
  {
    concept: 'days overdue',
    tr: ['gün gecikti'],
    forbiddenTr: [/gün geçti/i],
    en: ['days overdue'],
    forbiddenEn: [/\bdays late\b/i, /\bdays past\b/i],
  },
  {
    concept: 'a field left empty',
    tr: ['belirtilmemiş'],
    forbiddenTr: [/kayıtlı değil/i, /^belirtilmedi$/i],
    en: ['not recorded'],
    forbiddenEn: [/^not set$/i],
  },
  {
    concept: 'a reporting period',
    tr: ['2026 3. çeyrek'],
    // The machine form never reaches a Turkish screen.
    forbiddenTr: [/\d{4}-Q[1-4]/, /\{\{year\}\}-Q/],
    en: ['Q3 2026'],
    forbiddenEn: [],
  },
  {
    concept: 'the panic-wipe confirmation word',
    tr: ['YOK ET'],
    // No English word on a Turkish screen.
    forbiddenTr: [/\bWIPE\b/],
    en: ['WIPE'],
    forbiddenEn: [],
  },
  {
    concept: 'the purge confirmation word',
    tr: ['SİL'],
    forbiddenTr: [/\bDELETE\b/],
    en: ['DELETE'],
    forbiddenEn: [],
  },
];

/** The forbidden variants one message contains, as `concept: pattern`. */
export function glossaryViolations(text: string, language: 'tr' | 'en'): string[] {
  return GLOSSARY.flatMap((entry) =>
    (language === 'tr' ? entry.forbiddenTr : entry.forbiddenEn)
      .filter((pattern) =>
        new RegExp(pattern.source, pattern.flags.includes('i') ? pattern.flags : `${pattern.flags}i`).test(text),
      )
      .map((pattern) => `${entry.concept}: ${pattern.source}`),
  );
}
