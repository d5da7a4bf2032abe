import type { Messages } from '../../i18n/messages-type';

/** The vault namespace's words; Turkish is the source, English must match its keys. */
export const vaultTr = {
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
  demo: {
    badge: 'DEMO · kurgusal veriler',
    badgeTitle: 'Bu bir demo kasasıdır: içindeki kişiler, dosyalar ve süreler gerçek değildir.',
    unlockHint: 'Demo kasasının parolası: demo',
    exploreTitle: 'Önce denemek ister misiniz?',
    exploreIntro:
      'Demo kasası kurgusal müvekkiller, dosyalar, süreler ve duruşmalarla dolu olarak açılır. Hiçbiri gerçek değildir. İstediğiniz zaman Ayarlar’dan silip kendi kasanızı oluşturabilirsiniz.',
    explore: 'Demo kasasını keşfet',
    exploreBusy: 'Demo kasası hazırlanıyor…',
    settingsTitle: 'Demo kasası',
    settingsBody:
      'Şu anda kurgusal verilerle dolu demo kasasını kullanıyorsunuz. Gerçek müvekkilleriniz için demoyu silip kendi kasanızı oluşturun.',
    leave: 'Demodan çık ve kendi kasamı oluştur',
    confirmTitle: 'Demo kasası silinsin mi?',
    confirmBody:
      'Demo kasasındaki tüm kurgusal veriler silinecek ve kendi parolanızla yeni bir kasa oluşturacağınız ilk kurulum ekranı açılacak.',
    confirm: 'Demoyu sil',
  },
} as const;

export const vaultEn: Messages<typeof vaultTr> = {
  passphrase: {
    show: 'Show',
    hide: 'Hide',
    showField: 'Show: {{field}}',
    hideField: 'Hide: {{field}}',
    mismatch: 'The two passphrases do not match.',
    empty: 'Enter a passphrase.',
  },
  strength: {
    label: 'Passphrase strength',
    checking: 'Checking passphrase strength…',
    score: 'Passphrase strength: {{level}}',
    level0: 'Very weak',
    level1: 'Weak',
    level2: 'Fair',
    level3: 'Strong',
    level4: 'Very strong',
    acceptable: 'This passphrase is strong enough.',
    notAcceptable: 'This passphrase is not strong enough yet.',
    tooWeak: 'This passphrase is too weak, because:',
  },
  create: {
    title: 'Welcome to Emanet',
    intro:
      'Your client files are kept on this computer in an encrypted vault that only your passphrase can open. Create your vault to begin.',
    passphrase: 'Passphrase',
    passphraseHint:
      'Use at least four unrelated words. You will type it every time you open Emanet; if you forget it, only the recovery key can open the vault.',
    confirm: 'Confirm passphrase',
    submit: 'Create vault',
    busy: 'Creating the vault…',
  },
  recovery: {
    title: 'Your recovery key',
    intro:
      'If you forget your passphrase, this key is the only way to open your vault. Write it on paper and keep it somewhere safe, away from this computer. It will not be shown again.',
    keyLabel: 'Recovery key',
    groupLabel: 'Group {{n}}',
    writtenDown: 'I have written it down',
    confirmTitle: 'Check your recovery key',
    confirmIntro: 'To make sure you wrote the key down correctly, type one of its groups.',
    confirmPrompt: 'Type group {{n}}',
    confirmHint: 'Groups are counted from the left, starting at 1. Capital letters and spaces do not matter.',
    confirmSubmit: 'Confirm',
    showAgain: 'Show the key again',
    mismatch: 'That does not match group {{n}}. Check what you wrote down, or show the key again.',
  },
  unlock: {
    title: 'Vault locked',
    intro: 'Enter your passphrase to open your files.',
    introRecovery: 'Enter the recovery key you wrote down when you created the vault.',
    passphrase: 'Passphrase',
    recoveryKey: 'Recovery key',
    recoveryKeyHint: 'Dashes, spaces and capital letters do not matter.',
    submit: 'Unlock',
    busy: 'Unlocking the vault…',
    useRecoveryKey: 'Use recovery key instead',
    usePassphrase: 'Use passphrase instead',
  },
  reset: {
    title: 'Set a new passphrase',
    intro:
      'You opened your vault with the recovery key. If you no longer remember your passphrase, set a new one now; the old passphrase will stop working.',
    whyTitle: 'Why this matters:',
    why: 'Without a new passphrase you will need the recovery key every time you open Emanet. Taking the key out often makes it more likely to be seen by others or lost, and if it is lost, no one can open your files.',
    newPassphrase: 'New passphrase',
    newPassphraseHint: 'Use at least four unrelated words.',
    confirm: 'Confirm new passphrase',
    submit: 'Save new passphrase',
    busy: 'Saving the new passphrase…',
    later: 'Later',
    laterHint:
      'If you choose “Later”, you will need the recovery key again the next time you open the vault, and this step will be offered again then.',
    doneTitle: 'Your new passphrase is set',
    doneBody:
      'Use your new passphrase the next time you open Emanet. Your recovery key has not changed; keep it somewhere safe.',
    continue: 'Continue to my files',
  },
  demo: {
    badge: 'DEMO · fictional data',
    badgeTitle: 'This is a demo vault: the people, cases and deadlines in it are not real.',
    unlockHint: 'The demo vault’s passphrase is: demo',
    exploreTitle: 'Would you like to try it first?',
    exploreIntro:
      'The demo vault opens full of fictional clients, cases, deadlines and hearings. None of it is real. You can delete it from Settings at any time and create your own vault.',
    explore: 'Explore the demo vault',
    exploreBusy: 'Preparing the demo vault…',
    settingsTitle: 'Demo vault',
    settingsBody:
      'You are using the demo vault, full of fictional data. For your real clients, delete the demo and create your own vault.',
    leave: 'Leave the demo and create my own vault',
    confirmTitle: 'Delete the demo vault?',
    confirmBody:
      'All the fictional data in the demo vault will be deleted, and the first-run screen opens so you can create a new vault with your own passphrase.',
    confirm: 'Delete the demo',
  },
};
