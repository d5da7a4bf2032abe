import type { Messages } from '../../i18n/messages-type';

/** The client-export namespace's words (issue 17); Turkish is the source, English must match its keys. */
export const clientExportTr = {
  clientData: {
    open: 'Müvekkilin verilerini dışa aktar',
    title: 'Müvekkilin verileri dışa aktarılsın mı?',
    warning:
      'Bu işlem, Emanet’te bu kişi hakkında tutulan her şeyi (kişisel bilgiler, dosyalar, notlar, süreler, duruşmalar, taraflar ve belge listesi) şifresiz olarak bilgisayarınıza yazar: okunabilir bir PDF ve bir JSON dosyası. KVKK’nın 11. maddesi kapsamındaki bir başvuru içindir.',
    care: 'Dosyaları yalnızca müvekkile güvenli bir yolla verin ve işiniz bitince bilgisayarınızdan silin. Kaydedeceğiniz yeri bir sonraki adımda seçeceksiniz.',
    withDocuments: 'Belgelerin kendilerini de (şifresi çözülmüş olarak) yanındaki bir klasöre yaz',
    language: 'PDF başlıklarının dili',
    tr: 'Türkçe',
    en: 'İngilizce',
    confirm: 'Kaydedeceğim yeri seç…',
    cancel: 'Vazgeç',
    saving: 'Yazılıyor…',
    saved: 'Müvekkilin verileri yazıldı: {{cases}} dosya, {{documents}} belge.',
    exists: 'Seçtiğiniz yerde bu adla bir belge klasörü zaten var; başka bir ad seçin.',
  },
} as const;

export const clientExportEn: Messages<typeof clientExportTr> = {
  clientData: {
    open: 'Export this client’s data',
    title: 'Export this client’s data?',
    warning:
      'This writes everything Emanet holds about this person (personal details, cases, notes, deadlines, hearings, parties and the document list) unencrypted to your computer: a readable PDF and a JSON file. It is meant for an access request under Article 11 of the KVKK.',
    care: 'Give the files to the client only by a safe route, and delete them from your computer when you are done. You choose where to save them in the next step.',
    withDocuments: 'Also write the documents themselves (decrypted) into a folder next to them',
    language: 'Language of the PDF headings',
    tr: 'Turkish',
    en: 'English',
    confirm: 'Choose where to save…',
    cancel: 'Cancel',
    saving: 'Writing…',
    saved: 'The client’s data was written: {{cases}} cases, {{documents}} documents.',
    exists: 'A documents folder with this name already exists where you chose; choose another name.',
  },
};
