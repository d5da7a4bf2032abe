import type { Messages } from '../../i18n/messages-type';

/** The intake namespace's words; Turkish is the source, English must match its keys. */
export const intakeTr = {
  intake: {
    title: 'Yeni müvekkil ve ilk dosya',
    intro:
      'Yalnızca ilk görüşmede gereken bilgiler. Kaydettiğinizde müvekkil ve dosyası birlikte açılır; diğer bilgileri daha sonra müvekkil sayfasından ekleyebilirsiniz.',
    personTitle: 'Müvekkil',
    caseTitle: 'Dosya',
    familyTitle: 'Aynı dosyadaki aile üyeleri',
    familyHint: 'Kasada kayıtlı aile üyelerini bu dosyaya ekleyin (isteğe bağlı).',
    familySearch: 'Aile üyesi ara',
    familyAdd: 'Ekle: {{name}}',
    familyNone: 'Eşleşen müvekkil yok.',
    submit: 'Müvekkili ve dosyayı kaydet',
    saving: 'Kaydediliyor…',
    cancel: 'Vazgeç',
    fixErrors: 'Kaydedilmedi: işaretli alanları düzeltin.',
    conflictTitle: 'Olası menfaat çatışması',
    conflictIntro: 'Kasada bu kişiye benzeyen kayıtlar var. Kaydetmeden önce aynı kişi olup olmadığını kontrol edin.',
    conflictStrong:
      'Dikkat: aynı kimlik numarası kasada zaten kayıtlı. Bu büyük olasılıkla aynı kişi ya da bir yazım hatasıdır.',
    conflictNone: 'Kasada benzer bir kayıt bulunamadı.',
    conflictChecking: 'Menfaat çatışması kontrol ediliyor…',
    conflictFailed: 'Menfaat çatışması kontrolü yapılamadı. Kaydetmeden önce müvekkil listesinde arayın.',
    conflictMatchedName: 'Eşleşen ad: {{name}}',
    conflictKindClient: 'Müvekkil',
    conflictKindPerson: 'Dosyadaki kişi',
    openMatch: 'Müvekkili aç: {{name}}',
    reasons: {
      identityNumberExact: 'Kimlik numarası birebir aynı',
      nameExact: 'Ad soyad aynı',
      nameVariant: 'Adın farklı bir yazılışı',
      aliasMatch: 'Kayıtlı diğer bir yazılış veya adla eşleşiyor',
      dateOfBirthMatch: 'Doğum tarihi aynı',
      birthYearMatch: 'Doğum yılı aynı',
      dateOfBirthMismatch: 'Doğum tarihi farklı',
      other: 'Benzer kayıt',
    },
    nameReasons: {
      exactName: 'aynı yazılış',
      transliteration: 'harf çevirisi farkı (ör. Muhammad / Muhammed)',
      turkishForm: 'adın Türkçe biçimi (ör. Mehmet)',
      similarSpelling: 'benzer yazılış',
      nameOrderSwapped: 'ad ile soyadın yeri değişmiş',
      particleDropped: 'el-/al- eki farklı',
      partialName: 'adın bir kısmı eşleşiyor',
      other: 'benzer ad',
    },
  },
  intakeDeadline: {
    title: 'İlk süre',
    intro:
      'Kararın tebliğ bilgilerini girin: son gün, kaydetmeden önce hesaplama adımları ve yasal dayanağıyla birlikte gösterilir.',
    rule: 'Süre türü',
    noRule: 'Bu dosya türü için tebliğden işleyen bir süre yok; gerekirse süreyi dosya sayfasından ekleyin.',
    chooseType: 'Süreyi hesaplamak için önce dosya türünü seçin.',
  },
} as const;

export const intakeEn: Messages<typeof intakeTr> = {
  intake: {
    title: 'New client and first case',
    intro:
      'Only what the first meeting needs. Saving opens the client and their case together; you can add everything else later on the client page.',
    personTitle: 'Client',
    caseTitle: 'Case',
    familyTitle: 'Family members in the same case',
    familyHint: 'Add family members who are already in the vault to this case (optional).',
    familySearch: 'Search for a family member',
    familyAdd: 'Add: {{name}}',
    familyNone: 'No matching client.',
    submit: 'Save client and case',
    saving: 'Saving…',
    cancel: 'Cancel',
    fixErrors: 'Not saved: correct the marked fields.',
    conflictTitle: 'Possible conflict of interest',
    conflictIntro:
      'The vault holds records that resemble this person. Check whether it is the same person before saving.',
    conflictStrong:
      'Warning: the same identity number is already in the vault. This is most likely the same person, or a typing error.',
    conflictNone: 'No similar record was found in the vault.',
    conflictChecking: 'Checking for conflicts of interest…',
    conflictFailed: 'The conflict check could not be run. Search the client list before saving.',
    conflictMatchedName: 'Matched name: {{name}}',
    conflictKindClient: 'Client',
    conflictKindPerson: 'Person in a case',
    openMatch: 'Open client: {{name}}',
    reasons: {
      identityNumberExact: 'Identical identity number',
      nameExact: 'Same name',
      nameVariant: 'Another spelling of the name',
      aliasMatch: 'Matches a recorded other spelling or alias',
      dateOfBirthMatch: 'Same date of birth',
      birthYearMatch: 'Same year of birth',
      dateOfBirthMismatch: 'Different date of birth',
      other: 'Similar record',
    },
    nameReasons: {
      exactName: 'same spelling',
      transliteration: 'transliteration (e.g. Muhammad / Muhammed)',
      turkishForm: 'Turkish form of the name (e.g. Mehmet)',
      similarSpelling: 'similar spelling',
      nameOrderSwapped: 'given and family names swapped',
      particleDropped: 'al-/el- particle differs',
      partialName: 'part of the name matches',
      other: 'similar name',
    },
  },
  intakeDeadline: {
    title: 'First deadline',
    intro:
      'Enter how the decision was notified: the last day is shown before saving, with the steps of the count and its legal basis.',
    rule: 'Kind of deadline',
    noRule: 'This case type has no period that runs from a notification; add a deadline on the case page if needed.',
    chooseType: 'Choose the case type first to compute the deadline.',
  },
};
