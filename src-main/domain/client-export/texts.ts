/**
 * The headings of a client's own data export (KVKK art. 11, issue 17), in Turkish and English:
 * data, not UI translations (the PDF is made in the main process). Field labels are the words the
 * app's forms use; a field without a label is printed under its own name rather than left out.
 */
export type ClientExportLanguage = 'tr' | 'en';

export interface ClientExportTexts {
  title: string;
  intro: string;
  generatedOn: string;
  profile: string;
  cases: string;
  caseHeading: string;
  timeline: string;
  deadlines: string;
  hearings: string;
  parties: string;
  records: string;
  documents: string;
  none: string;
  yes: string;
  no: string;
  page: string;
  labels: Readonly<Record<string, string>>;
  caseTypes: Readonly<Record<string, string>>;
}

export const CLIENT_EXPORT_TEXTS: Readonly<Record<ClientExportLanguage, ClientExportTexts>> = {
  tr: {
    title: 'Emanet’te kayıtlı kişisel verileriniz',
    intro:
      'Bu belge, 6698 sayılı Kişisel Verilerin Korunması Kanunu’nun 11. maddesi kapsamındaki başvurunuz üzerine, avukatınızın Emanet programında sizinle ilgili tuttuğu bütün kayıtları içerir. Aynı bilgiler makinece okunabilir bir JSON dosyasında da verilmiştir.',
    generatedOn: 'Hazırlanma tarihi',
    profile: 'Kişisel bilgiler',
    cases: 'Dosyalar',
    caseHeading: 'Dosya',
    timeline: 'Notlar, işlemler, görevler ve çalışma kayıtları',
    deadlines: 'Süreler',
    hearings: 'Duruşmalar',
    parties: 'Dosyadaki diğer kişiler ve kurumlar',
    records: 'Vekâletname, tebligat ve yürütmeyi durdurma kayıtları',
    documents: 'Belgeler (başlık, boyut, SHA-256)',
    none: 'Kayıt yok.',
    yes: 'evet',
    no: 'hayır',
    page: 'Sayfa',
    labels: {
      givenName: 'Ad',
      familyName: 'Soyad',
      aliases: 'Diğer yazılışlar',
      fatherName: 'Baba adı',
      motherName: 'Anne adı',
      dateOfBirth: 'Doğum tarihi',
      gender: 'Cinsiyet',
      nationality: 'Uyruk',
      otherNationalities: 'Diğer uyruklar',
      stateless: 'Vatansız',
      languages: 'Diller',
      interpreter: 'Tercüman',
      identityNumbers: 'Kimlik numaraları',
      phone: 'Telefon',
      email: 'E-posta',
      address: 'Adres',
      vulnerabilities: 'Özel ihtiyaçlar',
      consents: 'Onaylar',
      reportingConsent: 'KVKK açık rıza (raporlama)',
      notes: 'Notlar',
      type: 'Tür',
      title: 'Başlık',
      status: 'Durum',
      openedOn: 'Açılış tarihi',
      closedOn: 'Kapanış tarihi',
      fileNumbers: 'Dosya numaraları',
      authority: 'Makam',
      court: 'Mahkeme',
      body: 'Metin',
      kind: 'Tür',
      at: 'Tarih',
      dueOn: 'Son gün',
      due: 'Son gün',
      done: 'Tamamlandı',
      startsAt: 'Tarih ve saat',
      name: 'Ad',
      role: 'Rolü',
      size: 'Boyut',
      sha256: 'SHA-256',
      versionNo: 'Sürüm',
      originalName: 'Dosya adı',
      createdAt: 'Oluşturulma',
      updatedAt: 'Son değişiklik',
    },
    caseTypes: {
      'removal-appeal': 'Sınır dışı etme kararına itiraz',
      'administrative-detention': 'İdari gözetim',
      'international-protection': 'Uluslararası koruma',
      'temporary-protection': 'Geçici koruma',
      'residence-permit': 'İkamet izni',
      citizenship: 'Vatandaşlık',
      'family-reunification': 'Aile birleşimi',
      statelessness: 'Vatansızlık',
      'access-to-rights': 'Haklara ve hizmetlere erişim',
      'constitutional-court': 'Anayasa Mahkemesi bireysel başvuru',
      ecthr: 'AİHM başvurusu / Kural 39',
      criminal: 'Göçle bağlantılı ceza davası',
      other: 'Diğer',
    },
  },
  en: {
    title: 'Your personal data held in Emanet',
    intro:
      'This document lists every record your lawyer keeps about you in the Emanet programme, in answer to your request under Article 11 of the Turkish Personal Data Protection Law (No. 6698). The same information is given in a machine-readable JSON file.',
    generatedOn: 'Prepared on',
    profile: 'Personal details',
    cases: 'Cases',
    caseHeading: 'Case',
    timeline: 'Notes, activities, tasks and time entries',
    deadlines: 'Deadlines',
    hearings: 'Hearings',
    parties: 'Other people and authorities in the case',
    records: 'Power of attorney, notifications and stay requests',
    documents: 'Documents (title, size, SHA-256)',
    none: 'No records.',
    yes: 'yes',
    no: 'no',
    page: 'Page',
    labels: {
      givenName: 'Given name',
      familyName: 'Family name',
      aliases: 'Other spellings',
      fatherName: 'Father’s name',
      motherName: 'Mother’s name',
      dateOfBirth: 'Date of birth',
      gender: 'Gender',
      nationality: 'Nationality',
      otherNationalities: 'Other nationalities',
      stateless: 'Stateless',
      languages: 'Languages',
      interpreter: 'Interpreter',
      identityNumbers: 'Identity numbers',
      phone: 'Phone',
      email: 'Email',
      address: 'Address',
      vulnerabilities: 'Vulnerabilities',
      consents: 'Consents',
      reportingConsent: 'Reporting consent',
      notes: 'Notes',
      type: 'Type',
      title: 'Title',
      status: 'Status',
      openedOn: 'Opened on',
      closedOn: 'Closed on',
      fileNumbers: 'File numbers',
      authority: 'Authority',
      court: 'Court',
      body: 'Text',
      kind: 'Kind',
      at: 'Date',
      dueOn: 'Last day',
      due: 'Last day',
      done: 'Done',
      startsAt: 'Date and time',
      name: 'Name',
      role: 'Role',
      size: 'Size',
      sha256: 'SHA-256',
      versionNo: 'Version',
      originalName: 'File name',
      createdAt: 'Created',
      updatedAt: 'Last changed',
    },
    caseTypes: {
      'removal-appeal': 'Appeal against a removal decision',
      'administrative-detention': 'Administrative detention',
      'international-protection': 'International protection',
      'temporary-protection': 'Temporary protection',
      'residence-permit': 'Residence permit',
      citizenship: 'Citizenship',
      'family-reunification': 'Family reunification',
      statelessness: 'Statelessness',
      'access-to-rights': 'Access to rights and services',
      'constitutional-court': 'Constitutional Court individual application',
      ecthr: 'ECtHR application / Rule 39',
      criminal: 'Migration-related criminal case',
      other: 'Other',
    },
  },
};
