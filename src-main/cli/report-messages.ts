import type { ReportRefusal } from '../services/reports';

/** Messages of the `org …` and `report …` commands; refusals are named by their reason code. */
export const REPORT_MESSAGES = {
  tr: {
    usage:
      'Kullanım: emanet org keygen --vault KLASÖR [--k N] [--min-lawyers N] [--contact-name AD --contact-phone TEL --contact-email E-POSTA] [--out DOSYA] [--force] [--json]\n          emanet org trust --vault KLASÖR --public-key DOSYA [--json]\n          emanet report export --vault KLASÖR --period 2026-Q3|2026-07 --out DOSYA [--correction] [--unsealed --format json|csv] [--k N] [--force] [--json]\n          emanet report aggregate --vault KLASÖR DOSYA… [--enroll "KELİMELER"] [--json]',
    keygen: (file: string, words: string) =>
      `Kurum açık anahtarı yazıldı: ${file}\nParmak izi (telefonda okuyun): ${words}`,
    trusted: (words: string, k: number, mine: string) =>
      `Kurum anahtarı güvenilir olarak kaydedildi.\nKurumun parmak izi: ${words}\nBu kelimeleri kurumla telefonda karşılaştırın. k = ${k}\nSizin imza anahtarınızın parmak izi: ${mine}`,
    exported: (file: string, tables: number) => `Rapor yazıldı (mühürlü ve imzalı): ${file} — ${tables} tablo`,
    unsealedWarning:
      'UYARI: Şifresiz bir rapor yazılıyor. Yalnızca anonim sayılar içerir, ama bu dosya kurum anahtarıyla korunmaz; işiniz bitince silin.',
    exists: 'Hedef dosya zaten var; üzerine yazmak için --force verin.',
    duplicate: (file: string, period: string, other: string) =>
      `Mükerrer rapor atlandı: ${file} (${period}; aynı avukat ${other} dönemini zaten gönderdi)`,
    aggregated: (n: number) => `${n} rapor birleştirildi.`,
    refusals: {
      'report.notAReportFile': 'Bu bir rapor dosyası değil.',
      'report.unsupportedVersion': 'Rapor dosyası desteklenmeyen bir sürümden.',
      'report.wrongOrganisation': 'Bu rapor başka bir kurumun anahtarına mühürlenmiş.',
      'report.tampered': 'Rapor dosyası bozuk ya da değiştirilmiş.',
      'report.badSignature': 'Rapordaki imza doğrulanamadı.',
      'report.unknownSigner': 'Rapor tanınmayan bir avukat anahtarıyla imzalanmış.',
      'report.invalidContent': 'Raporun içeriği rapor şemasına uymuyor.',
      'orgKey.invalid': 'Bu bir kurum anahtarı dosyası değil.',
      'orgKey.badSignature': 'Kurum anahtarı dosyası değiştirilmiş.',
      'orgKey.none': 'Bu kasada kurum anahtarı yok (önce org keygen).',
      'orgKey.notTrusted': 'Henüz güvenilen bir kurum anahtarı yok (önce org trust).',
      'report.kBelowPolicy': 'Rapor, kurumun istediğinden küçük bir k ile hazırlanmış; kabul edilmedi.',
      'orgKey.outdated':
        'Bu, kasanın zaten güvendiği kurum anahtarı dosyasından daha eski bir dosya (daha küçük bir k taşıyabilir); kabul edilmedi.',
      'release.unfinished': 'Bu dönem henüz bitmedi: son günü geçtikten sonra gönderilebilir.',
      'release.overlap':
        'Bu dönem, daha önce gönderilmiş bir dönemle çakışıyor (örneğin gönderilmiş bir çeyreğin içindeki bir ay); gönderilmedi.',
      'release.repeat':
        'Bu dönem zaten gönderildi ve rakamları o zamandan beri değişti: düzeltme göndermek için --correction verin.',
      'release.nothingToCorrect': 'Bu dönem hiç gönderilmedi; düzeltilecek bir rapor yok.',
      'release.tooManyCorrections': 'Bu dönem izin verilen sayıda düzeltildi; yeni bir düzeltme gönderilemez.',
    } satisfies Record<ReportRefusal, string>,
  },
  en: {
    usage:
      'Usage: emanet org keygen --vault DIR [--k N] [--min-lawyers N] [--contact-name NAME --contact-phone PHONE --contact-email EMAIL] [--out FILE] [--force] [--json]\n       emanet org trust --vault DIR --public-key FILE [--json]\n       emanet report export --vault DIR --period 2026-Q3|2026-07 --out FILE [--correction] [--unsealed --format json|csv] [--k N] [--force] [--json]\n       emanet report aggregate --vault DIR FILE… [--enroll "WORDS"] [--json]',
    keygen: (file: string, words: string) =>
      `Organisation public key written: ${file}\nFingerprint (read it aloud): ${words}`,
    trusted: (words: string, k: number, mine: string) =>
      `Organisation key trusted.\nOrganisation fingerprint: ${words}\nCompare these words with the organisation by phone. k = ${k}\nYour signing key's fingerprint: ${mine}`,
    exported: (file: string, tables: number) => `Report written (sealed and signed): ${file} — ${tables} tables`,
    unsealedWarning:
      'WARNING: writing an UNSEALED report. It holds only anonymized counts, but nothing protects this file: delete it when done.',
    exists: 'The destination exists; pass --force to overwrite it.',
    duplicate: (file: string, period: string, other: string) =>
      `Duplicate report left out: ${file} (${period}; the same lawyer already sent ${other})`,
    aggregated: (n: number) => `${n} reports combined.`,
    refusals: {
      'report.notAReportFile': 'This is not a report file.',
      'report.unsupportedVersion': 'This report file comes from an unsupported version.',
      'report.wrongOrganisation': 'This report was sealed to another organisation\u2019s key.',
      'report.tampered': 'The report file is damaged or was altered.',
      'report.badSignature': 'The signature on this report does not verify.',
      'report.unknownSigner': 'The report is signed by a lawyer key this vault does not know.',
      'report.invalidContent': 'The report inside the file does not match the report schema.',
      'orgKey.invalid': 'This is not an organisation key file.',
      'orgKey.badSignature': 'The organisation key file was altered.',
      'orgKey.none': 'This vault has no organisation key (run org keygen first).',
      'orgKey.notTrusted': 'No organisation key is trusted yet (run org trust first).',
      'report.kBelowPolicy': 'The report was suppressed with a smaller k than the organisation requires; refused.',
      'orgKey.outdated':
        'This is an older organisation key file than the one this vault already trusts (it may carry a smaller k); refused.',
      'release.unfinished': 'This period has not ended yet: it can be released once its last day is past.',
      'release.overlap':
        'This period overlaps a period already released (for example a month inside a released quarter); not released.',
      'release.repeat':
        'This period was already released and its figures changed since: pass --correction to release a correction.',
      'release.nothingToCorrect': 'This period was never released; there is nothing to correct.',
      'release.tooManyCorrections': 'This period has been corrected as many times as allowed; no further correction.',
    } satisfies Record<ReportRefusal, string>,
  },
} as const;
