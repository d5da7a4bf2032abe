import path from 'node:path';
import type { App, BrowserWindow, Dialog, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { OpenDialog, OpenFilesDialog, OpenFilesPurpose, SaveDialog } from '../backend';

/**
 * The save dialog behind `documents:export`. The main process asks the lawyer where to put the
 * decrypted copy; the renderer never supplies a path. `suggestedName` is a validated bare file
 * name (no separators), offered in the Downloads folder. The dialog is modal to the window and
 * itself confirms before replacing an existing file.
 */
export function electronSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  app: Pick<App, 'getPath'>,
  window: () => BrowserWindow | null,
): SaveDialog {
  return async (suggestedName) => {
    const options = {
      defaultPath: path.join(app.getPath('downloads'), path.basename(suggestedName)),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** Shows an open dialog, modal to the window when there is one. */
function showOpen(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
  options: OpenDialogOptions,
): Promise<OpenDialogReturnValue> {
  const parent = window();
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

/** An open dialog for one file or folder: its path, or null when the lawyer cancels. */
function openOne(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
  options: OpenDialogOptions,
): OpenDialog {
  return async () => {
    const result = await showOpen(dialog, window, options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** An open dialog for one file of a kind (`name`, `extensions`). */
const openOneFile =
  (name: string, extensions: string[]) =>
  (dialog: Pick<Dialog, 'showOpenDialog'>, window: () => BrowserWindow | null): OpenDialog =>
    openOne(dialog, window, { properties: ['openFile'], filters: [{ name, extensions }] });

/**
 * The open dialog behind backup verify and restore: the lawyer picks an `.emanet-backup` file;
 * the path stays in the main process.
 */
export const electronOpenDialog = openOneFile('Emanet backup', ['emanet-backup']);

/**
 * The open dialog behind the reports screens: several sealed report files for a supervisor,
 * or one organisation key file for a lawyer. Paths stay in the main process.
 */
/** What the dialog calls each kind of JSON file a lawyer or supervisor opens. */
const JSON_FILE_NAMES: Record<Exclude<OpenFilesPurpose, 'report-files' | 'handover-file'>, string> = {
  'org-key': 'Organisation key',
  'handover-key': 'Handover key',
  playbook: 'Emanet playbook',
};

export function electronOpenFilesDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
): OpenFilesDialog {
  return async (purpose: OpenFilesPurpose) => {
    const one = ['openFile'] as Array<'openFile' | 'multiSelections'>;
    const options =
      purpose === 'report-files'
        ? {
            properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
            filters: [{ name: 'Emanet report', extensions: ['json'] }],
          }
        : purpose === 'handover-file'
          ? { properties: one, filters: [{ name: 'Emanet handover', extensions: ['emanet-handover'] }] }
          : { properties: one, filters: [{ name: JSON_FILE_NAMES[purpose], extensions: ['json'] }] };
    const result = await showOpen(dialog, window, options);
    return result.canceled ? [] : result.filePaths;
  };
}

/** The folder dialog for automatic backups (a USB stick, a synced folder); the path stays here. */
export function electronFolderDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
): OpenDialog {
  return openOne(dialog, window, { properties: ['openDirectory', 'createDirectory'] });
}

/**
 * The open dialog behind `import:open`: a client list from Excel or a CSV export. The path stays
 * in the main process; the file is read there and never copied into the vault.
 */
export const electronImportDialog = openOneFile('Excel / CSV', ['xlsx', 'csv', 'txt']);
