import type { Language } from '../shared/schemas/vault';

/** Messages of the casefile and demo commands (errors reuse messages.ts's `errors`). */
export const CASEFILE_MESSAGES = {
  tr: {
    usage: [
      'Kullanım: emanet client add --vault KLASÖR --json-file DOSYA [--json]',
      '          emanet client list --vault KLASÖR [--json]',
      '          emanet case list --vault KLASÖR [--json]',
      '          emanet search --vault KLASÖR [--json] SORGU',
      '          emanet conflicts --vault KLASÖR --name "AD SOYAD" [--dob YYYY-AA-GG|YYYY] [--id-number NO] [--json]',
      '          emanet demo create --vault KLASÖR --clients N [--json]',
      '          emanet agenda --vault KLASÖR [--days N] [--json]',
      '          emanet agenda --vault KLASÖR --ics DOSYA.ics [--with-file-numbers] [--json]',
    ].join('\n'),
    invalidInput: 'Girdi geçersiz; sorunlu alanlar:',
    clientAdded: (id: string) => `Müvekkil eklendi: ${id}`,
    possibleConflicts: (n: number) =>
      `Dikkat: kasada bu kişiyle eşleşebilecek ${n} kayıt var. Ayrıntı için: emanet conflicts --name …`,
    noClients: 'Kasada müvekkil yok.',
    noCases: 'Kasada dosya yok.',
    noResults: 'Sonuç yok.',
    noMatches: 'Çakışma bulunmadı.',
    demoCreated: (s: { clients: number; cases: number; overdueTasks: number }) =>
      `Demo kasa oluşturuldu: ${s.clients} müvekkil, ${s.cases} dosya, ${s.overdueTasks} gecikmiş görev. Parola: demo. İçindeki herkes hayalidir.`,
    icsWritten: (events: number, file: string) => `${events} takvim kaydı yazıldı (müvekkil adı içermez): ${file}`,
  },
  en: {
    usage: [
      'Usage: emanet client add --vault DIR --json-file FILE [--json]',
      '       emanet client list --vault DIR [--json]',
      '       emanet case list --vault DIR [--json]',
      '       emanet search --vault DIR [--json] QUERY',
      '       emanet conflicts --vault DIR --name "NAME" [--dob YYYY-MM-DD|YYYY] [--id-number N] [--json]',
      '       emanet demo create --vault DIR --clients N [--json]',
      '       emanet agenda --vault DIR [--days N] [--json]',
      '       emanet agenda --vault DIR --ics FILE.ics [--with-file-numbers] [--json]',
    ].join('\n'),
    invalidInput: 'Invalid input; the fields at fault:',
    clientAdded: (id: string) => `Client added: ${id}`,
    possibleConflicts: (n: number) =>
      `Note: ${n} record(s) in the vault may be this person. For details: emanet conflicts --name …`,
    noClients: 'No clients in the vault.',
    noCases: 'No cases in the vault.',
    noResults: 'No results.',
    noMatches: 'No conflicts found.',
    demoCreated: (s: { clients: number; cases: number; overdueTasks: number }) =>
      `Demo vault created: ${s.clients} clients, ${s.cases} cases, ${s.overdueTasks} overdue tasks. Passphrase: demo. Everyone in it is fictional.`,
    icsWritten: (events: number, file: string) => `${events} calendar entries written (no client names): ${file}`,
  },
} as const;

export type CasefileMessages = (typeof CASEFILE_MESSAGES)[Language];
