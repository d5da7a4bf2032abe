import type { ClientExportService } from '../../services/client-export';
import type { clientExportChannels } from '../../shared/channels/client-export';
import type { HandlersOf } from '../router';

export interface ClientExportHandlerDeps {
  clientExport: ClientExportService;
  /** The platform save dialog: the PDF's path, the JSON and the documents folder go next to it. */
  saveDialog: (suggestedName: string) => Promise<string | null>;
}

/** The handlers behind shared/channels/client-export.ts. */
export function createClientExportHandlers(deps: ClientExportHandlerDeps): HandlersOf<typeof clientExportChannels> {
  return {
    'clientExport:save': async ({ clientId, withDocuments, language }) => {
      // The suggested name carries no client name: it may end up in a recent-files list.
      const destination = await deps.saveDialog(
        language === 'tr' ? 'emanet-kisisel-veriler.pdf' : 'emanet-personal-data.pdf',
      );
      if (destination === null) return { saved: false as const };
      // The save dialog already asked before replacing the PDF; its JSON sibling goes with it.
      const result = await deps.clientExport.write(clientId, destination, { withDocuments, language, overwrite: true });
      return { saved: true as const, cases: result.cases, documents: result.documents };
    },
  };
}
