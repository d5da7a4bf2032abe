import type { Messages } from '../../i18n/messages-type';

/** The search namespace's words; Turkish is the source, English must match its keys. */
export const searchTr = {
  search: {
    open: 'Ara (Ctrl+K)',
    title: 'Kasada ara',
    label: 'Aranacak kelime',
    hint: 'Okları kullanarak seçin, Enter ile açın, Esc ile kapatın.',
    noResults: 'Sonuç bulunamadı. Farklı bir yazılış deneyin.',
    searching: 'Aranıyor…',
    typeToSearch: 'Müvekkil, dosya, not, görüşme veya kişi aramak için yazmaya başlayın.',
    failed: 'Arama yapılamadı.',
    resultCount: '{{count}} sonuç',
    kinds: {
      client: 'Müvekkiller',
      case: 'Dosyalar',
      note: 'Notlar',
      activity: 'Görüşme ve işlemler',
      person: 'Dosyalardaki kişiler',
      document: 'Belgeler',
      glossary: 'Hukuki terimler sözlüğü',
    },
  },
} as const;

export const searchEn: Messages<typeof searchTr> = {
  search: {
    open: 'Search (Ctrl+K)',
    title: 'Search the vault',
    label: 'Search for',
    hint: 'Use the arrow keys to choose, Enter to open, Esc to close.',
    noResults: 'Nothing found. Try another spelling.',
    searching: 'Searching…',
    typeToSearch: 'Start typing to search clients, cases, notes, activities and people.',
    failed: 'The search could not be run.',
    resultCount: '{{count}} result(s)',
    kinds: {
      client: 'Clients',
      case: 'Cases',
      note: 'Notes',
      activity: 'Activities',
      person: 'People in cases',
      document: 'Documents',
      glossary: 'Glossary of legal terms',
    },
  },
};
