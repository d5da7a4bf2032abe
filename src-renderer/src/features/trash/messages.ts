import type { Messages } from '../../i18n/messages-type';

/** The trash namespace's words; Turkish is the source, English must match its keys. */
export const trashTr = {
  trash: {
    title: 'Çöp kutusu',
    intro:
      'Silinen müvekkiller ve dosyalar burada durur ve geri yüklenebilir. Çöp kutusunu boşalttığınızda kalıcı olarak silinirler.',
    clientsTitle: 'Müvekkiller',
    casesTitle: 'Dosyalar',
    noClients: 'Çöp kutusunda müvekkil yok.',
    noCases: 'Çöp kutusunda dosya yok.',
    emptyTitle: 'Çöp kutusu boş',
    emptyBody: 'Bir müvekkili veya dosyayı çöp kutusuna taşıdığınızda burada görünür.',
    deletedAt: '{{date}} tarihinde silindi',
    restore: 'Geri yükle',
    restoreLabel: 'Geri yükle: {{name}}',
    restored: '{{name}} geri yüklendi.',
    emptyTrash: 'Çöp kutusunu boşalt',
    confirmTitle: 'Çöp kutusu kalıcı olarak boşaltılsın mı?',
    confirmBody:
      '{{clients}} müvekkil ve {{cases}} dosya, notları, görevleri ve diğer kayıtlarıyla birlikte kalıcı olarak silinecek. Bu işlem geri alınamaz; silinen kayıtlar yedekten başka bir yolla geri getirilemez.',
    confirmEmpty: 'Kalıcı olarak sil',
    cancel: 'Vazgeç',
    emptied: 'Çöp kutusu boşaltıldı: {{clients}} müvekkil ve {{cases}} dosya kalıcı olarak silindi.',
    loadFailed: 'Çöp kutusu yüklenemedi.',
    untitledCase: 'Başlıksız dosya',
  },
} as const;

export const trashEn: Messages<typeof trashTr> = {
  trash: {
    title: 'Trash',
    intro: 'Deleted clients and cases stay here and can be restored. Emptying the trash deletes them permanently.',
    clientsTitle: 'Clients',
    casesTitle: 'Cases',
    noClients: 'No clients in the trash.',
    noCases: 'No cases in the trash.',
    emptyTitle: 'The trash is empty',
    emptyBody: 'When you move a client or a case to the trash, it appears here.',
    deletedAt: 'Deleted on {{date}}',
    restore: 'Restore',
    restoreLabel: 'Restore: {{name}}',
    restored: '{{name}} has been restored.',
    emptyTrash: 'Empty trash',
    confirmTitle: 'Empty the trash permanently?',
    confirmBody:
      '{{clients}} client(s) and {{cases}} case(s) will be deleted permanently, with their notes, tasks and other records. This cannot be undone; deleted records can only come back from a backup.',
    confirmEmpty: 'Delete permanently',
    cancel: 'Cancel',
    emptied: 'The trash has been emptied: {{clients}} client(s) and {{cases}} case(s) deleted permanently.',
    loadFailed: 'The trash could not be loaded.',
    untitledCase: 'Untitled case',
  },
};
