import type { CaseType } from '../../shared/schemas/deadlines';
import type { ActivityKind } from './types';

/**
 * Turkish working notes as a lawyer writes them between hearings: short, practical, with the
 * occasional Markdown list. `{yer}` is a place, `{merkez}` a removal centre, `{dil}` a language.
 */
export const NOTE_TEMPLATES: readonly string[] = [
  'Müvekkille {dil} tercüman eşliğinde görüşüldü. Ülkesine dönmesi halinde zulüm göreceğinden korktuğunu, ailesinin bir kısmının hâlâ orada olduğunu anlattı.',
  "{merkez}'nde müvekkille görüşüldü. İdari gözetim kararının tebliğ edilmediğini, avukatla görüşme talebinin iki gün bekletildiğini belirtti.",
  'Dosya incelendi. Eksikler:\n\n- nüfus kayıt örneği\n- ikamet adresi beyanı\n- sağlık raporunun tercümesi',
  '{yer} İl Göç İdaresi Müdürlüğü ile telefonda görüşüldü; başvurunun değerlendirme aşamasında olduğu, ek belge istenmediği söylendi.',
  'Müvekkil yeni adresini bildirdi. İletişim yalnızca dernek aracılığıyla kurulacak; sesli mesaj bırakılmayacak.',
  "Mahkemeye sunulan dilekçede AİHS m. 3 ve YUKK m. 55 kapsamındaki riskler ayrıntılı anlatıldı; UNHCR'ın güncel ülke raporları eklendi.",
  'Müvekkilin çocuğunun okula kaydı için il milli eğitim müdürlüğüne başvuru yapılacak. Geçici koruma kimlik belgesinin aslı görüldü.',
  'Duruşma ertelendi. Bir sonraki celsede tanık olarak kardeşi dinlenecek; tercüman talebi mahkemeye iletildi.',
  'Müvekkil sağlık sorunları nedeniyle hastaneye başvurmuş, ancak kaydı pasif olduğu için tedavi reddedilmiş. Kaydın aktifleştirilmesi için başvuru hazırlanacak.',
  'Sınır dışı etme kararına karşı iptal davası açıldı. Yürütmenin durdurulması talep edildi; karar bekleniyor.',
  'Aile birleşimi için gerekli belgeler listelendi: evlilik belgesi (apostilli), doğum belgeleri, gelir belgesi.',
  'Müvekkil, baroya adli yardım başvurusu yaptığını ve görevlendirme yazısını beklediğini söyledi. Vekâletname için notere birlikte gidilecek.',
  'Anayasa Mahkemesine bireysel başvuru için süre hesaplandı; kesinleşme şerhi alınacak.',
  "AİHM'e Kural 39 kapsamında geçici tedbir talebi faksla gönderildi; alındı bilgisi geldi.",
  'Ev ziyareti yapılmadı (müvekkilin talebi). Görüşme dernek ofisinde, kadın tercüman ile gerçekleştirildi.',
];

export const ACTIVITY_SUMMARIES: Readonly<Record<ActivityKind, readonly string[]>> = {
  call: [
    'Müvekkil arandı; duruşma tarihi bildirildi.',
    'İl göç idaresi arandı, dosyanın durumu soruldu.',
    'Tercüman ile görüşme saati ayarlandı.',
    'Dernek sosyal çalışmacısı ile görüşüldü.',
  ],
  meeting: [
    'Ofiste tercüman eşliğinde görüşme.',
    'Aile ile birlikte değerlendirme toplantısı.',
    'Belge teslimi ve vekâletname imzası.',
  ],
  'removal-centre-visit': [
    'Geri gönderme merkezinde müvekkil ziyareti.',
    'Merkezde müvekkille görüşme; sağlık durumu soruldu.',
    'Merkez yönetimine avukat görüşme talebi iletildi ve görüşüldü.',
  ],
  'hearing-attended': [
    'İdare mahkemesinde duruşmaya katılındı.',
    'Sulh ceza hakimliğinde idari gözetime itiraz görüşüldü.',
    'Mülakata avukat olarak katılındı.',
  ],
  'petition-filed': [
    'İptal davası dilekçesi UYAP üzerinden gönderildi.',
    'İdari gözetime itiraz dilekçesi verildi.',
    'Bilgi edinme başvurusu yapıldı.',
    'Yürütmeyi durdurma talebi içeren dilekçe sunuldu.',
  ],
  other: ['Belge tercümesi yaptırıldı.', 'Noterden vekâletname alındı.', 'Dosya fotokopisi alındı.'],
};

export const TASK_TITLES: readonly string[] = [
  'Dilekçe taslağını hazırla',
  'Tercüman ayarla',
  'Vekâletnameyi notere onaylat',
  'Mahkeme kararının tebliğini takip et',
  'Sağlık raporunun tercümesini al',
  'Müvekkile duruşma tarihini bildir',
  'Ülke raporlarını güncelle',
  'Bilgi edinme başvurusunun cevabını kontrol et',
  'İstinaf dilekçesini gönder',
  'Geri gönderme merkezine ziyaret randevusu al',
];

export const TIME_DESCRIPTIONS: readonly string[] = [
  'Dilekçe yazımı',
  'Müvekkil görüşmesi',
  'Dosya incelemesi',
  'Duruşma',
  'Merkez ziyareti ve yol',
  'Araştırma (ülke bilgisi)',
];

/** Short labels for the list, as lawyers name their files. */
export const CASE_TITLES: Readonly<Record<CaseType, string>> = {
  'removal-appeal': 'Sınır dışı kararına itiraz',
  'administrative-detention': 'İdari gözetime itiraz',
  'international-protection': 'Uluslararası koruma başvurusu',
  'temporary-protection': 'Geçici koruma kaydı',
  'residence-permit': 'İkamet izni',
  citizenship: 'Vatandaşlık başvurusu',
  'family-reunification': 'Aile birleşimi',
  statelessness: 'Vatansızlık tespiti',
  'access-to-rights': 'Hizmetlere erişim',
  'constitutional-court': 'AYM bireysel başvuru',
  ecthr: 'AİHM başvurusu',
  criminal: 'Göçmen kaçakçılığı soruşturması',
  other: 'Diğer',
};

export const TAGS: readonly string[] = ['acil', 'aile', 'çocuk', 'sağlık', 'kural-39', 'adli-yardım', 'tercüman'];
