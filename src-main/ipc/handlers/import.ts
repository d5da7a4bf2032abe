import { readImportFile, type ImportService, type ImportTable, type PreviewResult } from '../../services/import';
import { AppError } from '../../shared/errors';
import type { importChannels } from '../../shared/channels/import';
import type { ImportPreview } from '../../shared/schemas/import';
import type { HandlersOf } from '../router';

export interface ImportHandlerDeps {
  imports: ImportService;
  /** The platform's open dialog for a spreadsheet (.xlsx, .csv); null when cancelled. */
  openImportDialog: () => Promise<string | null>;
}

/** What the renderer sees of a preview: never the mapped rows behind it. */
const view = ({ mapped: _mapped, ...preview }: PreviewResult): ImportPreview => preview;

/**
 * The handlers behind shared/channels/import.ts. One import at a time per unlocked session: the
 * table read from the chosen file and its latest preview stay here, in memory, until the commit,
 * a cancel or a lock (`session.clear`, called by the backend on every lock).
 */
export function createImportHandlers(deps: ImportHandlerDeps) {
  let current: { table: ImportTable; preview: PreviewResult } | null = null;
  const session = {
    clear() {
      current = null;
    },
  };
  const currentImport = () => {
    if (!current) throw new AppError('NOT_FOUND', 'No import in progress');
    return current;
  };
  const handlers: HandlersOf<typeof importChannels> = {
    'import:open': async () => {
      const path = await deps.openImportDialog();
      if (path === null) return { cancelled: true as const };
      const table = await readImportFile(path);
      const preview = await deps.imports.preview(table);
      current = { table, preview };
      return { cancelled: false as const, preview: view(preview) };
    },
    'import:remap': async ({ mapping }) => {
      const { table } = currentImport();
      const preview = await deps.imports.preview(table, mapping);
      current = { table, preview };
      return view(preview);
    },
    'import:commit': async ({ decisions }) => {
      const { preview } = currentImport();
      const outcome = await deps.imports.commit(preview, decisions);
      current = null;
      return outcome;
    },
    'import:cancel': () => {
      current = null;
      return Promise.resolve({});
    },
  };
  return { handlers, session };
}

export type ImportHandlers = ReturnType<typeof createImportHandlers>;
