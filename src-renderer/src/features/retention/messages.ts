import type { Messages } from '../../i18n/messages-type';

/** The retention namespace's words; Turkish is the source, English must match its keys. */
export const retentionTr = {
  retention: {
    purgeWord: 'SİL',
    title: 'Saklama süresi',
    intro:
      'Kapanan bir dosyanın kaç yıl saklanacağı yasal yükümlülüklere ve baronuzun kurallarına göre değişir; karar sizindir. Emanet yalnızca önerilen bir süre sunar ve siz istemeden hiçbir şeyi silmez.',
    years: 'Dosya kapandıktan sonra saklama süresi (yıl)',
    yearsHint: '1 ile 100 arasında bir tam sayı. Tek tek dosyalar için farklı bir süre belirlenebilir.',
    invalid: '1 ile 100 arasında bir tam sayı girin.',
    save: 'Süreyi kaydet',
    dueTitle: 'Silinme zamanı gelen dosyalar',
    dueIntro:
      'Saklama süresi dolmuş kapalı dosyalar. Silmeden önce arşivlemeniz gereken bir şey olup olmadığını kontrol edin.',
    dueEmpty: 'Saklama süresi dolmuş dosya yok.',
    untitled: 'Başlıksız dosya',
    colTitle: 'Dosya',
    colClosed: 'Kapanış',
    colYears: 'Süre (yıl)',
    colDue: 'Silinebilir',
    purge: 'Listedekileri kalıcı olarak sil…',
    confirmTitle: 'Dosyalar kalıcı olarak silinsin mi?',
    confirmBody:
      'Listedeki {{cases}} dosya, notları, kişileri ve belgeleriyle birlikte kalıcı olarak silinecek. Belgelerin anahtarları yok edilir; çöp kutusu yoktur, geri alınamaz. Daha önce aldığınız yedeklerde bu dosyalar durmaya devam eder.',
    confirm: 'Kalıcı olarak sil',
    purged: '{{purged}} dosya ve {{documents}} belge kalıcı olarak silindi.',
  },
  panic: {
    title: 'Acil silme',
    intro:
      'Bilgisayarınıza el konulacaksa ya da çalınma tehlikesi varsa kasayı bu bilgisayardan tamamen yok edebilirsiniz: önce anahtarlar, sonra tüm kasa klasörü silinir. Bu işlem geri alınamaz.',
    backupsNote:
      'Daha önce aldığınız yedekler bu işlemden etkilenmez: parolanız ya da kurtarma anahtarınızla açılmaya devam eder. Onların da yok olması gerekiyorsa yedek dosyalarını ayrıca silin.',
    start: 'Kasayı acil sil…',
    confirmTitle: 'Kasa bu bilgisayardan yok edilsin mi?',
    confirmBody:
      'Bu bilgisayardaki tüm müvekkiller, dosyalar, notlar ve belgeler geri dönüşü olmayacak şekilde silinecek. Emanet ilk açılış ekranına döner.',
    confirm: 'Kasayı şimdi yok et',
    word: 'YOK ET',
  },
} as const;

export const retentionEn: Messages<typeof retentionTr> = {
  retention: {
    purgeWord: 'DELETE',
    title: 'Retention period',
    intro:
      'How long a closed case must be kept depends on your legal duties and your bar’s rules; the decision is yours. Emanet only proposes a period and never deletes anything unless you ask.',
    years: 'Keep cases after closure for (years)',
    yearsHint: 'A whole number from 1 to 100. Individual cases can have a different period.',
    invalid: 'Enter a whole number from 1 to 100.',
    save: 'Save the period',
    dueTitle: 'Due for deletion',
    dueIntro:
      'Closed cases whose retention period has run out. Check whether anything must be archived before deleting.',
    dueEmpty: 'No case is past its retention period.',
    untitled: 'Untitled case',
    colTitle: 'Case',
    colClosed: 'Closed',
    colYears: 'Period (years)',
    colDue: 'Deletable from',
    purge: 'Delete these permanently…',
    confirmTitle: 'Delete these cases permanently?',
    confirmBody:
      'The {{cases}} cases listed will be deleted permanently with their notes, people and documents. The documents’ keys are destroyed; there is no trash and no undo. Backups you made earlier still contain them.',
    confirm: 'Delete permanently',
    purged: '{{purged}} cases and {{documents}} documents were deleted permanently.',
  },
  panic: {
    title: 'Emergency wipe',
    intro:
      'If your computer is about to be seized or may be stolen, you can destroy the vault on it completely: first the keys, then the whole vault folder. This cannot be undone.',
    backupsNote:
      'Backups you made earlier are not affected: they still open with your passphrase or recovery key. If they must go too, delete the backup files separately.',
    start: 'Wipe the vault…',
    confirmTitle: 'Destroy the vault on this computer?',
    confirmBody:
      'Every client, case, note and document on this computer will be deleted beyond recovery. Emanet returns to its first-run screen.',
    confirm: 'Destroy the vault now',
    word: 'WIPE',
  },
};
