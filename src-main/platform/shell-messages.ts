/**
 * The desktop shell's own words (menu, native message boxes), in Turkish and English. The
 * renderer's strings live in src-renderer/src/i18n; these are shown by the OS before or beside
 * the page. Glossary (UX.md): "dosya" means a legal case, so the Turkish "File" menu is named
 * after what it acts on, the vault ("Kasa"), not "Dosya".
 */
import type { Language } from '../shared/schemas/vault';
import type { VaultLocationProblem } from './vault-location';

export interface ShellMessages {
  menu: {
    file: string;
    lock: string;
    backupNow: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    hideScreen: string;
    zoomIn: string;
    zoomOut: string;
    resetZoom: string;
    fullScreen: string;
    reload: string;
    devTools: string;
    window: string;
    help: string;
    about: string;
    hide: string;
    hideOthers: string;
    showAll: string;
    version: (version: string) => string;
    vaultLocation: string;
  };
  vaultLocation: { title: string; ok: string; openFolder: string };
  vaultDirError: { title: string; problems: Record<VaultLocationProblem, string>; hint: string };
}

const tr: ShellMessages = {
  menu: {
    file: 'Kasa',
    lock: 'Kilitle',
    backupNow: 'Şimdi yedekle…',
    quit: 'Çıkış',
    edit: 'Düzen',
    undo: 'Geri al',
    redo: 'Yinele',
    cut: 'Kes',
    copy: 'Kopyala',
    paste: 'Yapıştır',
    selectAll: 'Tümünü seç',
    view: 'Görünüm',
    hideScreen: 'Ekranı gizle',
    zoomIn: 'Yakınlaştır',
    zoomOut: 'Uzaklaştır',
    resetZoom: 'Gerçek boyut',
    fullScreen: 'Tam ekran',
    reload: 'Yeniden yükle',
    devTools: 'Geliştirici araçları',
    window: 'Pencere',
    help: 'Yardım',
    about: 'Emanet hakkında',
    hide: 'Emanet’i gizle',
    hideOthers: 'Diğerlerini gizle',
    showAll: 'Tümünü göster',
    version: (version) => `Sürüm ${version}`,
    vaultLocation: 'Kasa nerede?',
  },
  vaultLocation: { title: 'Kasanız bu klasörde:', ok: 'Tamam', openFolder: 'Klasörü aç' },
  vaultDirError: {
    title: 'Emanet açılamadı',
    problems: {
      empty: 'Kasa klasörü belirtilmemiş.',
      relative: 'Kasa klasörü tam bir yol olmalı (ör. /Volumes/Sifreli/emanet veya D:\\emanet).',
      notAFolder: 'Kasa için verilen yol bir klasör değil.',
    },
    hint: '--vault seçeneğini veya EMANET_VAULT_DIR değişkenini düzeltip Emanet’i yeniden başlatın.',
  },
};

const en: ShellMessages = {
  menu: {
    file: 'File',
    lock: 'Lock',
    backupNow: 'Back Up Now…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    hideScreen: 'Hide Screen',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    window: 'Window',
    help: 'Help',
    about: 'About Emanet',
    hide: 'Hide Emanet',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    version: (version) => `Version ${version}`,
    vaultLocation: 'Where Is My Vault?',
  },
  vaultLocation: { title: 'Your vault is in this folder:', ok: 'OK', openFolder: 'Open Folder' },
  vaultDirError: {
    title: 'Emanet could not start',
    problems: {
      empty: 'No vault folder was given.',
      relative: 'The vault folder must be a full path (e.g. /Volumes/Encrypted/emanet or D:\\emanet).',
      notAFolder: 'The path given for the vault is not a folder.',
    },
    hint: 'Correct the --vault option or the EMANET_VAULT_DIR variable and start Emanet again.',
  },
};

export const SHELL_MESSAGES: Readonly<Record<Language, ShellMessages>> = { tr, en };

/** The OS language decides before a vault (and its language preference) is known. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('tr') ? 'tr' : 'en';
}
