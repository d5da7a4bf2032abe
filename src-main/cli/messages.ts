import type { Language } from '../shared/schemas/vault';

/** The CLI speaks the lawyer's language: Turkish unless the environment or vault says English. */
const MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet vault <init|check|change-passphrase|db-key> --vault KLASÖR [--json]\n          emanet deadline rules [--json]\n          emanet deadline compute --rule KURAL (--notified YYYY-AA-GG | --etebligat-delivered YYYY-AA-GG [--opened YYYY-AA-GG]) [--json]',
    needPassphrase: 'Parolayı EMANET_PASSPHRASE ortam değişkeniyle verin ya da komutu bir terminalde çalıştırın.',
    needNewPassphrase:
      'Yeni parolayı EMANET_NEW_PASSPHRASE ortam değişkeniyle verin ya da komutu bir terminalde çalıştırın.',
    promptPassphrase: 'Kasa parolası',
    promptNewPassphrase: 'Yeni parola',
    promptRepeat: 'Yeni parolayı tekrar girin',
    mismatch: 'Girilen parolalar aynı değil.',
    created: 'Kasa oluşturuldu.',
    recoveryHeader: 'KURTARMA ANAHTARI — yalnızca bir kez gösterilir. Kâğıda yazın ve güvenli bir yerde saklayın:',
    checked: 'Kasa açıldı ve bütünlük denetimi başarılı.',
    changed: 'Parola değiştirildi. Eski parola artık geçersiz.',
    dbKeyWarning: 'UYARI: Bu anahtar veritabanını açar. Kimseyle paylaşmayın ve işiniz bitince silin.',
    testKdfWarning: 'UYARI: --insecure-test-kdf yalnızca testler içindir; gerçek bir kasada kullanmayın.',
    testKdfOnlyInit:
      '--insecure-test-kdf yalnızca yeni bir test kasası oluştururken (vault init) kullanılabilir; var olan bir kasanın anahtarlarını zayıflatamaz.',
    integrityFailed: 'Bütünlük denetimi başarısız: veritabanı hasarlı.',
    errors: {
      VALIDATION: 'Girdi geçersiz.',
      LOCKED: 'Kasa kilitli.',
      WRONG_PASSPHRASE: 'Parola ya da kurtarma anahtarı yanlış.',
      WEAK_PASSPHRASE: 'Parola çok zayıf. Birkaç kelimeden oluşan, en az 12 karakterlik bir parola seçin.',
      NO_VAULT: 'Bu klasörde kasa yok.',
      VAULT_EXISTS: 'Bu klasörde zaten bir kasa var.',
      NOT_FOUND: 'Bulunamadı.',
      CONFLICT: 'Çakışma var.',
      FORBIDDEN: 'İzin verilmedi.',
      INTEGRITY: 'Kasa dosyaları hasarlı ya da eksik.',
      INTERNAL: 'Beklenmeyen bir hata oluştu.',
    },
  },
  en: {
    usage:
      'Usage: emanet vault <init|check|change-passphrase|db-key> --vault DIR [--json]\n       emanet deadline rules [--json]\n       emanet deadline compute --rule RULE (--notified YYYY-MM-DD | --etebligat-delivered YYYY-MM-DD [--opened YYYY-MM-DD]) [--json]',
    needPassphrase:
      'Give the passphrase in the EMANET_PASSPHRASE environment variable, or run the command in a terminal.',
    needNewPassphrase: 'Give the new passphrase in EMANET_NEW_PASSPHRASE, or run the command in a terminal.',
    promptPassphrase: 'Vault passphrase',
    promptNewPassphrase: 'New passphrase',
    promptRepeat: 'Repeat the new passphrase',
    mismatch: 'The passphrases do not match.',
    created: 'Vault created.',
    recoveryHeader: 'RECOVERY KEY — shown only once. Write it on paper and keep it somewhere safe:',
    checked: 'Vault opened and integrity check passed.',
    changed: 'Passphrase changed. The old passphrase no longer works.',
    dbKeyWarning: 'WARNING: this key opens the database. Share it with no one and delete it when you are done.',
    testKdfWarning: 'WARNING: --insecure-test-kdf is for tests only; never use it for a real vault.',
    testKdfOnlyInit:
      '--insecure-test-kdf only creates a new test vault (vault init); it never weakens the keys of an existing vault.',
    integrityFailed: 'Integrity check failed: the database is damaged.',
    errors: {
      VALIDATION: 'Invalid input.',
      LOCKED: 'The vault is locked.',
      WRONG_PASSPHRASE: 'Wrong passphrase or recovery key.',
      WEAK_PASSPHRASE: 'The passphrase is too weak. Choose one of several words, at least 12 characters.',
      NO_VAULT: 'There is no vault in this folder.',
      VAULT_EXISTS: 'A vault already exists in this folder.',
      NOT_FOUND: 'Not found.',
      CONFLICT: 'Conflict.',
      FORBIDDEN: 'Not allowed.',
      INTEGRITY: 'The vault files are damaged or missing.',
      INTERNAL: 'Something unexpected went wrong.',
    },
  },
} as const;

export type CliMessages = (typeof MESSAGES)[Language];

/** A reader of a bilingual message table: the messages of one language. */
export function inLanguage<T extends Record<Language, unknown>>(table: T): (language: Language) => T[Language] {
  return (language) => table[language];
}

export const messagesFor: (language: Language) => CliMessages = inLanguage(MESSAGES);

/** EMANET_LANG wins, then the system locale; Turkish is the default for our users. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const tag = (env.EMANET_LANG ?? env.LC_ALL ?? env.LANG ?? '').toLowerCase();
  return tag.startsWith('en') ? 'en' : 'tr';
}
