import type { Messages } from '../../i18n/messages-type';

/** The settings namespace's words; Turkish is the source, English must match its keys. */
export const settingsTr = {
  settings: {
    title: 'Ayarlar',
    saved: 'Kaydedildi.',
    loadFailed: 'Ayarlar yüklenemedi.',
    languageTitle: 'Dil',
    languageLabel: 'Dil',
    languageSaved: 'Arayüz dili değiştirildi.',
    profileTitle: 'Profil',
    lawyerName: 'Adınız ve soyadınız',
    lawyerNameHint:
      'Dilekçe taslaklarında vekil adı ve müvekkil notlarında “avukatınız” olarak yazılır. İsteğe bağlıdır.',
    lawyerNameTooLong: 'Ad en fazla 200 karakter olabilir.',
    saveName: 'Adı kaydet',
    autoLockTitle: 'Otomatik kilit',
    autoLockMinutes: 'Hareketsizlik süresi (dakika)',
    autoLockHint:
      'Bu kadar dakika işlem yapılmazsa kasa kendiliğinden kilitlenir. {{min}} ile {{max}} arasında bir değer girin.',
    autoLockInvalid: '{{min}} ile {{max}} arasında bir tam sayı girin.',
    saveAutoLock: 'Otomatik kilidi kaydet',
    passphraseTitle: 'Parolayı değiştir',
    currentPassphrase: 'Mevcut parola',
    newPassphrase: 'Yeni parola',
    confirmPassphrase: 'Yeni parola (tekrar)',
    changePassphrase: 'Parolayı değiştir',
    changeBusy: 'Parola değiştiriliyor…',
    passphraseChanged:
      'Parolanız değiştirildi. Kasayı bir sonraki açışınızda yeni parolayı kullanın. Kurtarma anahtarınız değişmedi.',
    samePassphrase: 'Yeni parola mevcut parolanızdan farklı olmalı.',
  },
  privacy: {
    hiddenTitle: 'Ekran gizlendi',
    hiddenHint: 'İçerik, başkaları görmesin diye gizlendi. Devam etmek için bir tuşa basın ya da tıklayın.',
    show: 'Göster',
    settingsTitle: 'Gizlilik ekranı',
    settingsIntro:
      'Adliye koridorunda ya da ekranınızı paylaşırken başkaları ekranı görebilir. Bu ayar açıkken Emanet penceresinden ayrıldığınızda içerik gizlenir; döndüğünüzde geri gelir.',
    hideOnFocusLoss: 'Pencereden ayrıldığımda içeriği gizle',
    shortcutHint: 'Ctrl+Shift+H (Mac’te Cmd+Shift+H) ya da Görünüm → Ekranı gizle, içeriği her zaman hemen gizler.',
  },
} as const;

export const settingsEn: Messages<typeof settingsTr> = {
  settings: {
    title: 'Settings',
    saved: 'Saved.',
    loadFailed: 'The settings could not be loaded.',
    languageTitle: 'Language',
    languageLabel: 'Language',
    languageSaved: 'The interface language has been changed.',
    profileTitle: 'Profile',
    lawyerName: 'Your full name',
    lawyerNameHint: 'Written as the attorney’s name on petition drafts and as “your lawyer” on client notes. Optional.',
    lawyerNameTooLong: 'The name can be at most 200 characters.',
    saveName: 'Save name',
    autoLockTitle: 'Auto-lock',
    autoLockMinutes: 'Minutes of inactivity',
    autoLockHint:
      'The vault locks itself after this many minutes without activity. Enter a value from {{min}} to {{max}}.',
    autoLockInvalid: 'Enter a whole number from {{min}} to {{max}}.',
    saveAutoLock: 'Save auto-lock',
    passphraseTitle: 'Change passphrase',
    currentPassphrase: 'Current passphrase',
    newPassphrase: 'New passphrase',
    confirmPassphrase: 'Confirm new passphrase',
    changePassphrase: 'Change passphrase',
    changeBusy: 'Changing the passphrase…',
    passphraseChanged:
      'Your passphrase has been changed. Use the new one the next time you unlock. Your recovery key has not changed.',
    samePassphrase: 'The new passphrase must be different from the current one.',
  },
  privacy: {
    hiddenTitle: 'Screen hidden',
    hiddenHint: 'The content is hidden so that others cannot see it. Press a key or click to continue.',
    show: 'Show',
    settingsTitle: 'Privacy screen',
    settingsIntro:
      'Others may see your screen in a courthouse corridor or when you share it. With this on, the content is hidden when you leave the Emanet window and comes back when you return.',
    hideOnFocusLoss: 'Hide the content when I leave the window',
    shortcutHint: 'Ctrl+Shift+H (Cmd+Shift+H on a Mac) or View → Hide Screen always hides the content at once.',
  },
};
