/**
 * Turkish is the source language: its shape is the type every other language must match,
 * so a missing or extra key in `en.ts` is a compile error, not a blank label at runtime.
 */
export const tr = {
  app: {
    name: 'Emanet',
    loading: 'Yükleniyor…',
    startupFailed: 'Emanet başlatılamadı.',
    retry: 'Yeniden dene',
  },
  nav: {
    label: 'Ana menü',
    home: 'Ana sayfa',
    settings: 'Ayarlar',
    lock: 'Kilitle',
  },
  language: {
    switcherLabel: 'Arayüz dili',
    tr: 'Türkçe',
    en: 'English',
  },
  field: {
    required: 'Bu alan zorunludur.',
  },
  passphrase: {
    show: 'Göster',
    hide: 'Gizle',
    showField: 'Göster: {{field}}',
    hideField: 'Gizle: {{field}}',
    mismatch: 'Girdiğiniz iki parola aynı değil.',
    empty: 'Bir parola girin.',
  },
  strength: {
    label: 'Parola gücü',
    checking: 'Parola gücü değerlendiriliyor…',
    score: 'Parola gücü: {{level}}',
    level0: 'Çok zayıf',
    level1: 'Zayıf',
    level2: 'Orta',
    level3: 'Güçlü',
    level4: 'Çok güçlü',
    acceptable: 'Bu parola yeterince güçlü.',
    notAcceptable: 'Bu parola henüz yeterince güçlü değil.',
    tooWeak: 'Bu parola çok zayıf. Kabul edilmemesinin nedenleri:',
  },
  reasons: {
    tooShort: 'Çok kısa. Birkaç kelimeden oluşan daha uzun bir parola kullanın.',
    tooGuessable: 'Tahmin edilmesi kolay. Birbiriyle ilgisiz birkaç kelime daha ekleyin.',
    commonPassword: 'Bu, çok sık kullanılan bir parola.',
    repeats: '“aaa” ya da “abcabc” gibi tekrarlardan kaçının.',
    sequence: '“abc” ya da “1234” gibi dizilerden kaçının.',
    dictionaryWord: 'Tek bir yaygın kelimeyi tahmin etmek kolaydır; birbiriyle ilgisiz birkaç kelimeyi birleştirin.',
    dates: 'Tarih ve yıllardan kaçının; bunları tahmin etmek kolaydır.',
    keyboardPattern: '“qwerty” ya da “asdf” gibi klavye dizilerinden kaçının.',
  },
  errors: {
    VALIDATION: 'Girilen bilgilerin bir kısmı geçerli değil. Alanları kontrol edip yeniden deneyin.',
    LOCKED: 'Kasa kilitli. Devam etmek için kilidi açın.',
    WRONG_PASSPHRASE: 'Parola yanlış. Büyük harf kilidini (Caps Lock) ve klavye dilini kontrol edip yeniden deneyin.',
    WEAK_PASSPHRASE: 'Bu parola çok zayıf. Birbiriyle ilgisiz birkaç kelimeden oluşan daha uzun bir parola seçin.',
    NO_VAULT: 'Bu bilgisayarda bir kasa bulunamadı.',
    VAULT_EXISTS: 'Bu bilgisayarda zaten bir kasa var.',
    NOT_FOUND: 'Kayıt bulunamadı. Silinmiş olabilir.',
    CONFLICT: 'Bu kayıt siz çalışırken değiştirildi. Sayfayı yenileyip yeniden deneyin.',
    FORBIDDEN: 'Bu işleme izin verilmiyor.',
    INTEGRITY:
      'Kasadaki veriler bütünlük denetiminden geçemedi. Değişiklik yapmayın; bir yedekten geri yükleyin veya destek ekibine başvurun.',
    INTERNAL: 'Beklenmeyen bir hata oluştu. Yeniden deneyin; sorun sürerse Emanet’i yeniden başlatın.',
    wrongRecoveryKey: 'Kurtarma anahtarı doğru değil. Not aldığınız anahtarı kontrol edip yeniden deneyin.',
  },
  create: {
    title: 'Emanet’e hoş geldiniz',
    intro:
      'Müvekkil dosyalarınız bu bilgisayarda, yalnızca sizin parolanızla açılabilen şifreli bir kasada saklanır. Başlamak için kasanızı oluşturun.',
    passphrase: 'Parola',
    passphraseHint:
      'Birbiriyle ilgisiz en az dört kelime kullanın. Emanet’i her açtığınızda bu parolayı gireceksiniz; unutursanız yalnızca kurtarma anahtarıyla kasayı açabilirsiniz.',
    confirm: 'Parolayı tekrar girin',
    submit: 'Kasayı oluştur',
    busy: 'Kasa oluşturuluyor…',
  },
  recovery: {
    title: 'Kurtarma anahtarınız',
    intro:
      'Parolanızı unutursanız kasanızı yalnızca bu anahtarla açabilirsiniz. Kâğıda yazın ve bu bilgisayardan ayrı, güvenli bir yerde saklayın. Anahtar bir daha gösterilmeyecek.',
    keyLabel: 'Kurtarma anahtarı',
    groupLabel: '{{n}}. grup',
    writtenDown: 'Anahtarı not aldım',
    confirmTitle: 'Kurtarma anahtarını doğrulayın',
    confirmIntro: 'Anahtarı doğru not aldığınızdan emin olmak için bir grubunu yazın.',
    confirmPrompt: '{{n}}. grubu yazın',
    confirmHint: 'Gruplar soldan başlayarak 1’den itibaren sayılır. Büyük/küçük harf ve boşluklar önemli değildir.',
    confirmSubmit: 'Doğrula',
    showAgain: 'Anahtarı yeniden göster',
    mismatch: 'Bu, {{n}}. grupla eşleşmiyor. Not aldığınız anahtarı kontrol edin veya anahtarı yeniden görüntüleyin.',
  },
  unlock: {
    title: 'Kasa kilitli',
    intro: 'Dosyalarınıza erişmek için parolanızı girin.',
    introRecovery: 'Kasanızı oluştururken not aldığınız kurtarma anahtarını girin.',
    passphrase: 'Parola',
    recoveryKey: 'Kurtarma anahtarı',
    recoveryKeyHint: 'Tireler, boşluklar ve büyük/küçük harf önemli değildir.',
    submit: 'Kilidi aç',
    busy: 'Kasanın kilidi açılıyor…',
    useRecoveryKey: 'Bunun yerine kurtarma anahtarını kullan',
    usePassphrase: 'Bunun yerine parolayı kullan',
  },
  reset: {
    title: 'Yeni bir parola belirleyin',
    intro:
      'Kasanızı kurtarma anahtarıyla açtınız. Parolanızı hatırlamıyorsanız şimdi yeni bir parola belirleyin; eski parolanız artık geçerli olmayacak.',
    whyTitle: 'Bu neden önemli?',
    why: 'Yeni bir parola belirlemezseniz Emanet’i her açışınızda kurtarma anahtarına ihtiyaç duyarsınız. Anahtarı sık sık çıkarmak, başkalarınca görülme ya da kaybolma riskini artırır; anahtar kaybolursa dosyalarınızı kimse açamaz.',
    newPassphrase: 'Yeni parola',
    newPassphraseHint: 'Birbiriyle ilgisiz en az dört kelime kullanın.',
    confirm: 'Yeni parolayı tekrar girin',
    submit: 'Yeni parolayı kaydet',
    busy: 'Yeni parola kaydediliyor…',
    later: 'Daha sonra',
    laterHint:
      '“Daha sonra”yı seçerseniz kasayı bir dahaki sefere yine kurtarma anahtarıyla açmanız gerekir; bu adım o zaman yeniden sunulur.',
    doneTitle: 'Yeni parolanız kaydedildi',
    doneBody:
      'Emanet’i bir sonraki açışınızda yeni parolanızı kullanın. Kurtarma anahtarınız değişmedi; onu güvenli bir yerde saklamaya devam edin.',
    continue: 'Dosyalarıma geç',
  },
  home: {
    title: 'Ajanda',
    emptyTitle: 'Henüz yaklaşan bir iş yok',
    emptyBody:
      'Süreler, duruşmalar ve görevler burada tek bir listede görünecek: önce süresi geçenler, sonra bugün, önümüzdeki 7 gün ve daha sonrası. Her kaydın yanında kalan gün sayısı ve ilgili dosyaya bağlantı olacak.',
    emptyNext:
      'Müvekkil ve dosya ekleme özellikleri yakında geliyor; eklediğiniz dosyaların süreleri burada kendiliğinden listelenecek.',
  },
  settings: {
    title: 'Ayarlar',
    saved: 'Kaydedildi.',
    loadFailed: 'Ayarlar yüklenemedi.',
    languageTitle: 'Dil',
    languageLabel: 'Dil',
    languageSaved: 'Arayüz dili değiştirildi.',
    profileTitle: 'Profil',
    lawyerName: 'Adınız ve soyadınız',
    lawyerNameHint: 'Hazırladığınız raporlarda görünür. İsteğe bağlıdır.',
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
} as const;

/** Same tree of keys with any string as the leaf: the type other languages must satisfy. */
export type Messages<T = typeof tr> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
