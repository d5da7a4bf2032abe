// The shell's open dialogs (src-main/platform/dialogs.ts) as Electron receives them: each kind of
// file a lawyer or supervisor opens gets its own filter and its own name, and only report files may
// be chosen several at once. The built-shell tests cannot reach these purposes (no screen opens
// them there), so the options are checked here against a recording dialog.
import { describe, expect, it } from 'vitest';
import type { OpenFilesPurpose } from '../../src-main/backend';
import { electronImportDialog, electronOpenFilesDialog } from '../../src-main/platform/dialogs';

type ShellDialog = Parameters<typeof electronOpenFilesDialog>[0];
interface OpenDialogOptions {
  properties?: string[];
  filters?: Array<{ name: string; extensions: string[] }>;
}

function recording(answer: string[]) {
  const seen: OpenDialogOptions[] = [];
  const dialog = {
    showOpenDialog: (...args: unknown[]) => {
      seen.push(args[args.length - 1] as OpenDialogOptions);
      return Promise.resolve({ canceled: answer.length === 0, filePaths: answer });
    },
  } as unknown as ShellDialog;
  return { dialog, seen };
}

describe('open dialogs', () => {
  const cases: Array<[OpenFilesPurpose, string, string[], boolean]> = [
    ['report-files', 'Emanet report', ['json'], true],
    ['org-key', 'Organisation key', ['json'], false],
    ['handover-key', 'Handover key', ['json'], false],
    ['handover-file', 'Emanet handover', ['emanet-handover'], false],
    ['playbook', 'Emanet playbook', ['json'], false],
  ];
  it.each(cases)('%s: filter "%s", several at once: %s', async (purpose, name, extensions, several) => {
    const { dialog, seen } = recording(['/tmp/chosen']);
    expect(await electronOpenFilesDialog(dialog, () => null)(purpose)).toEqual(['/tmp/chosen']);
    expect(seen[0]?.filters).toEqual([{ name, extensions }]);
    expect(seen[0]?.properties?.includes('multiSelections')).toBe(several);
  });

  it('a cancelled dialog chooses nothing', async () => {
    const { dialog } = recording([]);
    expect(await electronOpenFilesDialog(dialog, () => null)('playbook')).toEqual([]);
    expect(await electronImportDialog(dialog, () => null)()).toBeNull();
  });

  it('the import dialog offers spreadsheets and CSV only', async () => {
    const { dialog, seen } = recording(['/tmp/list.xlsx']);
    expect(await electronImportDialog(dialog, () => null)()).toBe('/tmp/list.xlsx');
    expect(seen[0]?.filters).toEqual([{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }]);
  });
});
