import type { Messages } from '../../i18n/messages-type';

/** The backup namespace's words; Turkish is the source, English must match its keys. */
export const backupTr = {
  backup: {
    auto: {
      title: 'Otomatik yedek',
      intro:
        'Kasayı kilitlediğinizde, kasa kendiliğinden kilitlendiğinde ve uygulamayı kapattığınızda seçtiğiniz klasöre (ör. bir USB bellek) yeni bir yedek yazılır. Bilgisayar uykuya geçerken yedek alınmaz; kasa hemen kilitlenir.',
      off: 'Otomatik yedek kapalı.',
      on: 'Otomatik yedekler şu klasöre yazılıyor: {{folder}}',
      choose: 'Klasör seç',
      change: 'Klasörü değiştir',
      turnOff: 'Otomatik yedeği kapat',
      keep: 'Saklanacak otomatik yedek sayısı (1–30)',
      saveKeep: 'Kaydet',
      saved: 'Kaydedildi. Daha eski otomatik yedekler bir sonraki yedekte silinir.',
      foreign_one:
        'Bu klasörde otomatik yedek gibi adlandırılmış, ama bu kasanın yazmadığı {{count}} yedek dosyası var (başkası koymuş ya da Emanet’in eski bir sürümünden kalmış olabilir). Emanet bu dosyaları hiçbir zaman silmez: nereden geldiğine bakın, sizin değilse kendiniz kaldırın.',
      foreign_other:
        'Bu klasörde otomatik yedek gibi adlandırılmış, ama bu kasanın yazmadığı {{count}} yedek dosyası var (başkası koymuş ya da Emanet’in eski bir sürümünden kalmış olabilir). Emanet bu dosyaları hiçbir zaman silmez: nereden geldiklerine bakın, sizin değilse kendiniz kaldırın.',
    },
    title: 'Yedekleme',
    intro:
      'Yedek, kasanın tamamını (belgeler dahil) tek bir şifreli dosyaya yazar. Dosyayı bir USB belleğe ya da başka bir güvenli yere koyun: parolanız ya da kurtarma anahtarınız olmadan kimse açamaz.',
    create: 'Şimdi yedekle',
    progressLabel: 'İlerleme',
    phases: {
      starting: 'Başlatılıyor…',
      snapshot: 'Veritabanının anlık kopyası alınıyor…',
      copy: 'Yedek dosyası yazılıyor: %{{percent}}',
      verify: 'Denetleniyor: %{{percent}}',
      done: 'Tamamlandı.',
    },
    cancel: 'Durdur',
    cancelled: 'İşlem durduruldu. Yarım kalan dosya silindi; kasanız değişmedi.',
    created: 'Yedek kaydedildi: {{file}} ({{size}}, {{documents}} belge).',
    dialogCancelled: 'Dosya seçilmedi; hiçbir şey yapılmadı.',
    noSpace: 'Seçilen yerde yeterli boş alan yok. Başka bir disk ya da bellek seçin.',
    noPermission: 'Seçilen yere yazılamıyor (salt okunur ya da izin yok). Başka bir klasör seçin.',
    tooManyDocuments:
      'Kasada tek bir yedek dosyasına sığmayacak kadar çok belge sürümü var. Yedek yazılmadı; kasanız değişmedi. Destek alın.',
    damaged:
      'Bu yedek bozuk ya da değiştirilmiş; güvenilemez. Bu dosyayla geri yükleme yapılamaz. Başka bir yedek kullanın ve yeni bir yedek alın.',
    verifyTitle: 'Bir yedeği doğrula',
    verifyIntro:
      'Yedek dosyasının tamamını geri yüklemeden denetler: her belge ve veritabanı tek tek doğrulanır. Yedeği alırken geçerli olan parola ya da kurtarma anahtarı gerekir.',
    verify: 'Yedek dosyasını seç ve doğrula',
    verifyOk: 'Yedek sağlam: {{documents}} belge, {{date}} tarihli. İçeriğin tamamı doğrulandı.',
    secretKind: 'Yedeği açmak için',
    usePassphrase: 'Parola',
    useRecoveryKey: 'Kurtarma anahtarı',
    passphrase: 'Yedeğin parolası',
    recoveryKey: 'Kurtarma anahtarı',
    recoveryKeyHint: 'Kasayı oluştururken yazdığınız anahtar; boşluk ve tirelerin önemi yok.',
    secretRequired: 'Parolayı ya da kurtarma anahtarını girin.',
    wrongRecoveryKey: 'Kurtarma anahtarı bu yedeği açmıyor. Yazdığınız anahtarı kontrol edin.',
    last: {
      never: 'Henüz hiç yedek almadınız.',
      today: 'Son yedek bugün alındı.',
      yesterday: 'Son yedek dün alındı.',
      days: 'Son yedek {{days}} gün önce alındı.',
      nudge: 'Bilgisayarınız kaybolur ya da bozulursa dosyalarınızı ancak bir yedekten geri alabilirsiniz.',
      open: 'Şimdi yedekle',
    },
    restore: {
      entry: 'Bir yedekten geri yükle',
      title: 'Yedekten geri yükle',
      intro:
        'Bir .emanet-backup dosyasından kasanızı bu bilgisayara geri yükleyin. Önce yedeğin tamamı doğrulanır; bozuk bir yedek hiçbir şeyi değiştirmez.',
      choose: 'Yedek dosyasını seç ve geri yükle',
      back: 'Geri dön',
      confirmTitle: 'Mevcut kasa silinsin mi?',
      confirmVault:
        'Bu bilgisayardaki kasa kalıcı olarak silinecek ve yerine yedekteki kasa gelecek. Yedeğin alındığı tarihten sonra girdiğiniz müvekkiller, dosyalar, notlar ve belgeler kaybolur.',
      confirmOther:
        'Emanet klasöründe kasaya ait olmayan {{files}} belge ({{size}}) var (örneğin dil tercihi). Geri yükleme için bunlar silinecek.',
      confirm: 'Sil ve geri yükle',
      cancel: 'Vazgeç',
      done: 'Kasa geri yüklendi ({{documents}} belge). Açılıyor…',
      unlockFailed: 'Kasa geri yüklendi ama açılamadı. Kilit ekranından parolanızla açın.',
      toUnlock: 'Kilit ekranına geç',
    },
  },
} as const;

export const backupEn: Messages<typeof backupTr> = {
  backup: {
    auto: {
      title: 'Automatic backup',
      intro:
        'When you lock the vault, when it locks itself after idling, and when you quit, a new backup is written to the folder you choose (for example a USB stick). No backup is made when the computer goes to sleep: the vault locks at once.',
      off: 'Automatic backup is off.',
      on: 'Automatic backups are written to: {{folder}}',
      choose: 'Choose a folder',
      change: 'Change the folder',
      turnOff: 'Turn automatic backup off',
      keep: 'Number of automatic backups to keep (1–30)',
      saveKeep: 'Save',
      saved: 'Saved. Older automatic backups are removed at the next backup.',
      foreign_one:
        'This folder holds {{count}} file named like an automatic backup that this vault did not write (someone else put it there, or an older version of Emanet left it). Emanet never deletes such files: check where it came from, and remove it yourself if it is not yours.',
      foreign_other:
        'This folder holds {{count}} files named like automatic backups that this vault did not write (someone else put them there, or an older version of Emanet left them). Emanet never deletes such files: check where they came from, and remove them yourself if they are not yours.',
    },
    title: 'Backups',
    intro:
      'A backup writes your whole vault (documents included) into one encrypted file. Keep it on a USB stick or another safe place: nobody can open it without your passphrase or recovery key.',
    create: 'Back up now',
    progressLabel: 'Progress',
    phases: {
      starting: 'Starting…',
      snapshot: 'Taking a snapshot of the database…',
      copy: 'Writing the backup file: {{percent}}%',
      verify: 'Checking: {{percent}}%',
      done: 'Done.',
    },
    cancel: 'Stop',
    cancelled: 'Stopped. The unfinished file was removed; your vault is unchanged.',
    created: 'Backup saved: {{file}} ({{size}}, {{documents}} documents).',
    dialogCancelled: 'No file was chosen; nothing was done.',
    noSpace: 'There is not enough free space there. Choose another disk or stick.',
    noPermission: 'Emanet cannot write there (read-only or no permission). Choose another folder.',
    tooManyDocuments:
      'The vault holds more document versions than one backup file can. No backup was written; your vault is unchanged. Ask for support.',
    damaged:
      'This backup is damaged or has been altered and cannot be trusted. It cannot be restored. Use another backup and make a new one.',
    verifyTitle: 'Verify a backup',
    verifyIntro:
      'Checks the whole backup file without restoring it: the database and every document are verified. You need the passphrase or recovery key that was valid when the backup was made.',
    verify: 'Choose a backup file and verify',
    verifyOk: 'The backup is sound: {{documents}} documents, made on {{date}}. All of its content was verified.',
    secretKind: 'Open the backup with',
    usePassphrase: 'Passphrase',
    useRecoveryKey: 'Recovery key',
    passphrase: 'Passphrase of the backup',
    recoveryKey: 'Recovery key',
    recoveryKeyHint: 'The key you wrote down when you created the vault; spaces and dashes do not matter.',
    secretRequired: 'Enter the passphrase or the recovery key.',
    wrongRecoveryKey: 'This recovery key does not open the backup. Check the key you wrote down.',
    last: {
      never: 'You have not made a backup yet.',
      today: 'Last backup: today.',
      yesterday: 'Last backup: yesterday.',
      days: 'Last backup: {{days}} days ago.',
      nudge: 'If your computer is lost or breaks, only a backup can bring your files back.',
      open: 'Back up now',
    },
    restore: {
      entry: 'Restore from a backup',
      title: 'Restore from a backup',
      intro:
        'Restore your vault onto this computer from a .emanet-backup file. The whole backup is verified first; a damaged backup changes nothing.',
      choose: 'Choose a backup file and restore',
      back: 'Go back',
      confirmTitle: 'Delete the existing vault?',
      confirmVault:
        'The vault on this computer will be permanently deleted and replaced by the one in the backup. Clients, cases, notes and documents entered after the backup was made will be lost.',
      confirmOther:
        'The Emanet folder holds {{files}} files ({{size}}) that are not a vault (such as the language preference). They will be deleted for the restore.',
      confirm: 'Delete and restore',
      cancel: 'Cancel',
      done: 'The vault was restored ({{documents}} documents). Opening…',
      unlockFailed:
        'The vault was restored but could not be opened. Unlock it with your passphrase on the lock screen.',
      toUnlock: 'Go to the lock screen',
    },
  },
};
