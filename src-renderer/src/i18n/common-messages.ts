import type { Messages } from './messages-type';

/** The common namespace's words; Turkish is the source, English must match its keys. */
export const commonTr = {
  app: {
    name: 'Emanet',
    loading: 'Yükleniyor…',
    startupFailed: 'Emanet başlatılamadı.',
    retry: 'Yeniden dene',
  },
  nav: {
    label: 'Ana menü',
    home: 'Ana sayfa',
    agenda: 'Ajanda',
    clients: 'Müvekkiller',
    cases: 'Dosyalar',
    trash: 'Çöp kutusu',
    settings: 'Ayarlar',
    reports: 'Raporlar',
    lock: 'Kilitle',
    hideScreen: 'Ekranı gizle',
  },
  language: {
    switcherLabel: 'Arayüz dili',
    tr: 'Türkçe',
    en: 'English',
  },
  field: {
    required: 'Bu alan zorunludur.',
  },
  /** The typed confirmation of what cannot be undone (components/TypedConfirmDialog). */
  typedConfirm: {
    label: 'Onaylamak için büyük harflerle {{word}} yazın',
    mismatch: 'Tam olarak {{word}} yazın.',
    cancel: 'Vazgeç',
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
  errorDetails: {
    case: {
      handedOver: 'Bu dosya bir meslektaşa devredildi; bu kasadaki kopyası salt okunurdur ve değiştirilemez.',
    },
    handover: {
      notAHandoverFile: 'Seçilen öğe bir devir paketi değil.',
      unsupportedVersion: 'Bu devir paketi desteklenmeyen bir sürümden geliyor.',
      wrongRecipient: 'Bu devir başka bir avukatın anahtarına mühürlenmiş; bu kasa açamaz.',
      tampered: 'Devir paketi bozuk ya da değiştirilmiş; hiçbir şey alınmadı.',
      badSignature: 'Devir paketinin imzası doğrulanamadı; hiçbir şey alınmadı.',
      untrustedSender:
        'Bu devri gönderen avukatın anahtarına henüz güvenmiyorsunuz. Önce Ayarlar’da anahtarını, kelimeleri karşılaştırarak ekleyin.',
      replayed: 'Bu devir bu kasaya daha önce alındı.',
      caseExists: 'Bu dosya bu kasada zaten var.',
      badConfirmation: 'Onay kodu bu devirle eşleşmiyor. Kodu alıcıdan yeniden isteyin.',
      alreadyConfirmed: 'Meslektaşınız bu devri onayladı; artık geri alınamaz.',
    },
    handoverKey: {
      invalid: 'Seçilen öğe bir devir anahtarı değil.',
      badSignature: 'Devir anahtarı değiştirilmiş; güvenmeyin.',
      ownKey: 'Bu, bu kasanın kendi anahtarı.',
      notTrusted: 'Bu meslektaşın anahtarına güvenilmiyor.',
    },
    release: {
      unfinished: 'Bu dönem henüz bitmedi: son günü geçtikten sonra gönderilebilir.',
      overlap:
        'Bu dönem, daha önce gönderilmiş bir dönemle çakışıyor (örneğin gönderilmiş bir çeyreğin içindeki bir ay).',
      repeat:
        'Bu dönem zaten gönderildi ve rakamları o zamandan beri değişti; ancak açıkça bir düzeltme olarak gönderilebilir.',
      nothingToCorrect: 'Bu dönem hiç gönderilmedi; düzeltilecek bir rapor yok.',
      tooManyCorrections: 'Bu dönem izin verilen sayıda düzeltildi.',
    },
    document: {
      noSpace: 'Belgeyi saklamak için yeterli alan yok. Yer açıp yeniden deneyin; kasanız değişmedi.',
      noPermission: 'Belge klasörüne yazılamıyor (salt okunur ya da izin yok); kasanız değişmedi.',
    },
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
  dateField: {
    placeholder: 'gg.aa.yyyy',
    placeholderOrYear: 'gg.aa.yyyy ya da yyyy',
    openCalendar: 'Takvimden seç',
    calendarLabel: '{{field}} — takvim',
    errors: {
      format: 'Tarihi gün, ay, yıl sırasıyla yazın: gg.aa.yyyy, örneğin 01.03.2026.',
      ambiguousYear: 'Yılı dört haneyle yazın (örneğin 2026); iki haneli yıl hangi yüzyıl olduğunu belirsiz bırakır.',
      monthFirst: '12’den büyük bir ay yok: önce gün, sonra ay gelir (gg.aa.yyyy). Ayı önce yazmış olabilirsiniz.',
      impossible: 'Takvimde böyle bir gün yok; günü ve ayı kontrol edin.',
      outOfRange: 'Yıl 1900 ile 2100 arasında olmalı.',
    },
  },
  validation: {
    confirmationCode: 'Onay kodu 12 rakamdır, örneğin 1234-5678-9012.',
    invalid: 'Bu değer geçerli değil.',
    playbook: {
      startRequired: 'Bu süre için tebliğ tarihini girin.',
      unknownStep: 'Bu adım rehberde yok; sayfayı yenileyin.',
      none: 'Bu dosya türü için rehber yok.',
      noAction: 'Bu adım kendiliğinden bir kayıt oluşturmaz.',
    },
    petition: {
      missing: 'Bu bilgi dilekçede gerekli; girin.',
      unknownTemplate: 'Bu dilekçe şablonu bu dosya türü için yok.',
      todayIsFixed: 'Dilekçe tarihi bugünün tarihidir; değiştirilemez.',
    },
    text: {
      required: 'Bu alan zorunludur.',
      tooLong: 'Bu metin çok uzun; kısaltın.',
    },
    date: {
      invalid: 'Tarihi gg.aa.yyyy biçiminde yazın, örneğin 07.03.2025.',
      inFuture: 'Bu tarih bugünden sonra olamaz.',
      tooEarly: 'Bu tarih 1900 yılından önce olamaz.',
      monthFirst: 'Ay 12’den büyük olamaz: tarih ay önce yazılmış görünüyor. Günü önce yazın (gg.aa.yyyy).',
      ambiguousYear: 'Yılı dört haneyle yazın: 26, 1926 da olabilir 2026 da.',
      impossible: 'Takvimde böyle bir gün yok; günü ve ayı kontrol edin.',
      outOfRange: 'Yıl 1900 ile 2100 arasında olmalı.',
    },
    import: {
      rowInvalid: 'Bu satırda hata var; aktarılamaz. Satırı atlayın ya da dosyayı düzeltip yeniden açın.',
      mergeTarget: 'Bu satır yalnızca eşleştiği müvekkille birleştirilebilir.',
      noSuchRow: 'Dosyada böyle bir satır yok.',
      unknownField: 'Bu alan tanınmadı.',
      columnTwice: 'Bu sütun iki kez eşlenmiş.',
      fieldTwice: 'Bu alan iki sütuna eşlenmiş; birini kaldırın.',
      tooManyRows: 'Dosyada çok fazla satır var (en çok 20.000); dosyayı bölün.',
      tooManyColumns: 'Dosyada çok fazla sütun var (en çok 100).',
    },
    file: {
      tooLarge: 'Dosya çok büyük.',
      unreadable: 'Dosya okunamadı. Excel (.xlsx) ya da CSV dosyası seçin.',
    },
    country: {
      unknown: 'Bu ülke tanınmadı. Ülke adını yazıp listeden seçin.',
    },
    language: {
      unknown: 'Bu dil tanınmadı. Dili listeden seçin.',
      duplicate: 'Bu dil zaten ekli.',
    },
    nationality: {
      duplicate: 'Bu uyruk zaten ekli; asıl uyruk diğer uyruklarda tekrar edilemez.',
    },
    alias: {
      unknownKind: 'Yazılış türünü seçin.',
      duplicate: 'Bu yazılış zaten ekli.',
    },
    gender: {
      unknown: 'Listeden bir seçenek seçin.',
      descriptionRequired: 'Kişinin kendi tanımını yazın.',
    },
    identity: {
      unknownKind: 'Belge türünü seçin.',
      empty: 'Numarayı girin.',
      badFormat: 'Numaranın biçimi geçerli değil. 11 haneli numaralarda yalnızca rakam kullanın.',
      badPrefix: 'Yabancı kimlik numaraları 99 ile başlar.',
      badChecksum:
        'Bu kimlik numarası geçerli değil: kontrol haneleri tutmuyor. Numarayı belgeden yeniden kontrol edin.',
      tooLong: 'Bu numara çok uzun.',
      duplicate: 'Bu numara zaten ekli.',
    },
    phone: {
      invalid: 'Geçerli bir telefon numarası girin (ör. +90 532 000 00 00).',
    },
    province: {
      unknown: 'Listeden bir il seçin.',
    },
    safeContact: {
      unknown: 'Listeden bir seçenek seçin.',
      duplicate: 'Bu seçenek zaten ekli.',
    },
    interpreter: {
      languageRequired: 'Tercümanın hangi dilde gerektiğini seçin.',
    },
    vulnerability: {
      unknown: 'Listeden bir durum seçin.',
      duplicate: 'Bu durum zaten ekli.',
    },
    consent: {
      unknownKind: 'Onay türünü seçin.',
      unknownMethod: 'Onayın nasıl alındığını seçin.',
      withdrawnBeforeGiven: 'Geri alma tarihi, onayın verildiği tarihten önce olamaz.',
    },
    case: {
      unknownType: 'Dosya türünü seçin.',
      clientRequired: 'Dosyada en az bir müvekkil olmalı.',
      duplicateClient: 'Bu müvekkil dosyaya zaten ekli.',
      tooManyClients: 'Bir dosyada en fazla 20 müvekkil olabilir.',
      unknownStatus: 'Durumu seçin.',
      unknownStage: 'Aşamayı listeden seçin.',
      unknownOutcome: 'Sonucu listeden seçin.',
      unknownClosureReason: 'Kapanış nedenini listeden seçin.',
      closedOnRequired: 'Kapanan dosya için kapanış tarihini yazın.',
      closedFieldsWhileOpen:
        'Kapanış tarihi veya nedeni yalnızca kapanan dosyada bulunabilir. Durumu “Kapandı” yapın veya bu alanları boşaltın.',
      closedBeforeOpened: 'Kapanış tarihi açılış tarihinden önce olamaz.',
    },
    id: {
      invalid: 'Seçilen kayıt geçerli değil.',
    },
    duration: {
      tooLong: 'Süre 24 saatten uzun olamaz.',
      invalid: 'Süreyi s:dd biçiminde (ör. 1:30) veya dakika olarak (ör. 45) yazın.',
      required: 'Süreyi yazın, örneğin 1:30.',
    },
    activity: {
      unknownKind: 'Faaliyet türünü seçin.',
    },
    retention: {
      range: '1 ile 100 arasında bir tam sayı (yıl) girin ya da boş bırakın.',
    },
    person: {
      unknownRole: 'Kişinin dosyadaki rolünü seçin.',
      needsCaseOrClient: 'Kişi bir dosyaya bağlanamadı. Sayfayı yenileyip yeniden deneyin.',
    },
    fileNumber: {
      unknownKind: 'Numara türünü seçin.',
      badFormat: 'Esas ve karar numaralarını yıl/sıra biçiminde yazın, örneğin 2024/1234.',
    },
    authority: {
      unknownKind: 'İdare türünü seçin.',
    },
    tag: {
      empty: 'Boş etiket olamaz.',
      tooLong: 'Bir etiket en fazla 40 karakter olabilir.',
      invalid: 'Etiketlerde noktalı virgül kullanılamaz.',
      duplicate: 'Aynı etiket iki kez yazılmış.',
    },
  },
} as const;

export const commonEn: Messages<typeof commonTr> = {
  app: {
    name: 'Emanet',
    loading: 'Loading…',
    startupFailed: 'Emanet could not start.',
    retry: 'Try again',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    agenda: 'Agenda',
    clients: 'Clients',
    cases: 'Cases',
    trash: 'Trash',
    settings: 'Settings',
    reports: 'Reports',
    lock: 'Lock',
    hideScreen: 'Hide screen',
  },
  language: {
    switcherLabel: 'Interface language',
    tr: 'Türkçe',
    en: 'English',
  },
  field: {
    required: 'This field is required.',
  },
  typedConfirm: {
    label: 'To confirm, type {{word}} in capital letters',
    mismatch: 'Type exactly {{word}}.',
    cancel: 'Cancel',
  },
  reasons: {
    tooShort: 'It is too short. Use a longer passphrase made of several words.',
    tooGuessable: 'It is easy to guess. Add a few more unrelated words.',
    commonPassword: 'This is a very commonly used password.',
    repeats: 'Avoid repeats such as “aaa” or “abcabc”.',
    sequence: 'Avoid sequences such as “abc” or “1234”.',
    dictionaryWord: 'A single common word is easy to guess; combine several unrelated words.',
    dates: 'Avoid dates and years; they are easy to guess.',
    keyboardPattern: 'Avoid keyboard patterns such as “qwerty” or “asdf”.',
  },
  errorDetails: {
    case: {
      handedOver:
        'This case was handed over to a colleague; the copy in this vault is read-only and cannot be changed.',
    },
    handover: {
      notAHandoverFile: 'The chosen file is not a handover file.',
      unsupportedVersion: 'This handover file comes from an unsupported version.',
      wrongRecipient: 'This handover was sealed to another lawyer’s key; this vault cannot open it.',
      tampered: 'The handover file is damaged or was altered; nothing was imported.',
      badSignature: 'The handover file’s signature does not verify; nothing was imported.',
      untrustedSender:
        'You do not trust the key of the lawyer who sent this handover yet. Add their key in Settings first, after comparing the words.',
      replayed: 'This handover was already imported into this vault.',
      caseExists: 'This case is already in this vault.',
      badConfirmation: 'The confirmation code does not match this handover. Ask the recipient for it again.',
      alreadyConfirmed: 'Your colleague confirmed this handover; it can no longer be withdrawn.',
    },
    handoverKey: {
      invalid: 'The chosen file is not a handover key.',
      badSignature: 'The handover key file was altered; do not trust it.',
      ownKey: 'This is this vault’s own key.',
      notTrusted: 'This colleague’s key is not trusted.',
    },
    release: {
      unfinished: 'This period has not ended yet: it can be released once its last day is past.',
      overlap: 'This period overlaps a period already released (for example a month inside a released quarter).',
      repeat:
        'This period was already released and its figures changed since; it can only be sent again as an explicit correction.',
      nothingToCorrect: 'This period was never released; there is nothing to correct.',
      tooManyCorrections: 'This period has been corrected as many times as allowed.',
    },
    document: {
      noSpace:
        'There is not enough space to store the document. Free some space and try again; your vault is unchanged.',
      noPermission: 'The document folder cannot be written (read-only or no permission); your vault is unchanged.',
    },
  },
  errors: {
    VALIDATION: 'Some of the information is not valid. Check the fields and try again.',
    LOCKED: 'The vault is locked. Unlock it to continue.',
    WRONG_PASSPHRASE: 'The passphrase is not correct. Check Caps Lock and the keyboard language, then try again.',
    WEAK_PASSPHRASE: 'This passphrase is too weak. Choose a longer one made of several unrelated words.',
    NO_VAULT: 'No vault was found on this computer.',
    VAULT_EXISTS: 'A vault already exists on this computer.',
    NOT_FOUND: 'The item could not be found. It may have been deleted.',
    CONFLICT: 'This item was changed while you were working on it. Reload and try again.',
    FORBIDDEN: 'This action is not allowed.',
    INTEGRITY:
      'The vault data failed an integrity check. Do not make changes; restore from a backup or contact support.',
    INTERNAL: 'Something went wrong. Try again; if it keeps happening, restart Emanet.',
    wrongRecoveryKey: 'The recovery key is not correct. Check the key you wrote down and try again.',
  },
  dateField: {
    placeholder: 'dd/mm/yyyy',
    placeholderOrYear: 'dd/mm/yyyy or yyyy',
    openCalendar: 'Choose from a calendar',
    calendarLabel: '{{field}} — calendar',
    errors: {
      format: 'Write the date day first: dd/mm/yyyy, for example 01/03/2026.',
      ambiguousYear: 'Write the year with four digits (for example 2026); a two-digit year leaves the century open.',
      monthFirst: 'There is no month above 12: the day comes first (dd/mm/yyyy). You may have typed the month first.',
      impossible: 'There is no such day in the calendar; check the day and the month.',
      outOfRange: 'The year must be between 1900 and 2100.',
    },
  },
  validation: {
    confirmationCode: 'A confirmation code is 12 digits, for example 1234-5678-9012.',
    invalid: 'This value is not valid.',
    playbook: {
      startRequired: 'Enter the notification date for this deadline.',
      unknownStep: 'This step is not in the guide; reload the page.',
      none: 'There is no guide for this case type.',
      noAction: 'This step does not create a record by itself.',
    },
    petition: {
      missing: 'The petition needs this; enter it.',
      unknownTemplate: 'This petition template is not offered for this case type.',
      todayIsFixed: 'The petition is dated today; this cannot be changed.',
    },
    text: {
      required: 'This field is required.',
      tooLong: 'This text is too long; shorten it.',
    },
    date: {
      invalid: 'Write the date as dd/mm/yyyy, for example 07/03/2025.',
      inFuture: 'This date cannot be later than today.',
      tooEarly: 'This date cannot be before 1900.',
      monthFirst: 'The month cannot be over 12: the date seems written month first. Write the day first (dd/mm/yyyy).',
      ambiguousYear: 'Write the year with four digits: 26 could be 1926 or 2026.',
      impossible: 'There is no such day in the calendar; check the day and the month.',
      outOfRange: 'The year must be between 1900 and 2100.',
    },
    import: {
      rowInvalid: 'This row has errors and cannot be imported. Skip it, or correct the file and open it again.',
      mergeTarget: 'This row can only be merged into the client it was matched with.',
      noSuchRow: 'There is no such row in the file.',
      unknownField: 'This field was not recognised.',
      columnTwice: 'This column is mapped twice.',
      fieldTwice: 'This field is mapped to two columns; remove one.',
      tooManyRows: 'The file has too many rows (at most 20,000); split it.',
      tooManyColumns: 'The file has too many columns (at most 100).',
    },
    file: {
      tooLarge: 'The file is too large.',
      unreadable: 'The file could not be read. Choose an Excel (.xlsx) or CSV file.',
    },
    country: {
      unknown: 'This country was not recognised. Type the country name and choose it from the list.',
    },
    language: {
      unknown: 'This language was not recognised. Choose it from the list.',
      duplicate: 'This language is already listed.',
    },
    nationality: {
      duplicate: 'This nationality is already listed; the main nationality cannot be repeated among the others.',
    },
    alias: {
      unknownKind: 'Choose the kind of spelling.',
      duplicate: 'This spelling is already listed.',
    },
    gender: {
      unknown: 'Choose an option from the list.',
      descriptionRequired: 'Enter the client’s own description.',
    },
    identity: {
      unknownKind: 'Choose the kind of document.',
      empty: 'Enter the number.',
      badFormat: 'The number is not in a valid format. Use digits only for 11-digit numbers.',
      badPrefix: 'Foreigner ID numbers start with 99.',
      badChecksum:
        'This identity number is not valid: its check digits do not match. Check the number on the document again.',
      tooLong: 'This number is too long.',
      duplicate: 'This number is already listed.',
    },
    phone: {
      invalid: 'Enter a valid phone number (e.g. +90 532 000 00 00).',
    },
    province: {
      unknown: 'Choose a province from the list.',
    },
    safeContact: {
      unknown: 'Choose an option from the list.',
      duplicate: 'This option is already listed.',
    },
    interpreter: {
      languageRequired: 'Choose the language the interpreter is needed for.',
    },
    vulnerability: {
      unknown: 'Choose a need from the list.',
      duplicate: 'This need is already listed.',
    },
    consent: {
      unknownKind: 'Choose the kind of consent.',
      unknownMethod: 'Choose how the consent was given.',
      withdrawnBeforeGiven: 'The withdrawal date cannot be before the date the consent was given.',
    },
    case: {
      unknownType: 'Choose the case type.',
      clientRequired: 'A case needs at least one client.',
      duplicateClient: 'This client is already on the case.',
      tooManyClients: 'A case can have at most 20 clients.',
      unknownStatus: 'Choose the status.',
      unknownStage: 'Choose the stage from the list.',
      unknownOutcome: 'Choose the outcome from the list.',
      unknownClosureReason: 'Choose the reason for closing from the list.',
      closedOnRequired: 'Enter the closing date for a closed case.',
      closedFieldsWhileOpen:
        'A closing date or reason only belongs to a closed case. Set the status to “Closed” or empty those fields.',
      closedBeforeOpened: 'The closing date cannot be before the opening date.',
    },
    id: {
      invalid: 'The chosen record is not valid.',
    },
    duration: {
      tooLong: 'A duration cannot be longer than 24 hours.',
      invalid: 'Write the duration as h:mm (e.g. 1:30) or in minutes (e.g. 45).',
      required: 'Enter the duration, for example 1:30.',
    },
    activity: {
      unknownKind: 'Choose the kind of activity.',
    },
    retention: {
      range: 'Enter a whole number of years from 1 to 100, or leave it empty.',
    },
    person: {
      unknownRole: 'Choose the person’s role in the case.',
      needsCaseOrClient: 'The person could not be linked to a case. Reload the page and try again.',
    },
    fileNumber: {
      unknownKind: 'Choose the kind of number.',
      badFormat: 'Write docket and decision numbers as year/number, for example 2024/1234.',
    },
    authority: {
      unknownKind: 'Choose the type of authority.',
    },
    tag: {
      empty: 'A tag cannot be empty.',
      tooLong: 'A tag can be at most 40 characters.',
      invalid: 'Tags cannot contain semicolons.',
      duplicate: 'The same tag was entered twice.',
    },
  },
};
