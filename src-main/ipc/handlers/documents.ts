import type { DocumentReaders, DocumentService, UploadSessions } from '../../services/documents';
import type { documentChannels } from '../../shared/channels/documents';
import type { HandlersOf } from '../router';

export interface DocumentHandlerDeps {
  documents: DocumentService;
  uploads: UploadSessions;
  readers: DocumentReaders;
  /** The platform save dialog (see BackendOptions.saveDialog). */
  saveDialog: (suggestedName: string) => Promise<string | null>;
}

/** The handlers behind shared/channels/documents.ts: uploads, the viewer's reads, export, verify. */
export function createDocumentHandlers({
  documents,
  uploads,
  readers,
  saveDialog,
}: DocumentHandlerDeps): HandlersOf<typeof documentChannels> {
  return {
    'documents:beginUpload': (input) => uploads.begin(input),
    'documents:uploadChunk': ({ uploadId, index, bytes }) => uploads.chunk(uploadId, index, bytes),
    'documents:finishUpload': async ({ uploadId }) => {
      const { id, versionId, sha256, size } = await uploads.finish(uploadId);
      return { id, versionId, sha256, size };
    },
    'documents:cancelUpload': async ({ uploadId }) => {
      await uploads.cancel(uploadId);
      return {};
    },
    'documents:list': async ({ caseId }) => ({ documents: await documents.list(caseId) }),
    'documents:versions': async ({ documentId }) => ({ versions: await documents.versions(documentId) }),
    'documents:remove': async ({ id }) => {
      await documents.remove(id);
      return {};
    },
    'documents:verify': async ({ id }) => ({ results: await documents.verify(id) }),
    'documents:textStatus': async ({ caseId }) => ({ pending: await documents.textPending(caseId) }),
    'documents:read': async ({ versionId, offset, length }) => {
      const { bytes, eof } = await readers.read(versionId, offset, length);
      const base64 = bytes.toString('base64');
      bytes.fill(0);
      return { bytes: base64, eof };
    },
    'documents:export': async ({ versionId }) => {
      // Looked up first: an unknown id fails before any dialog opens.
      const { originalName } = await documents.describeVersion(versionId);
      const destination = await saveDialog(originalName);
      if (destination === null) return { exported: false };
      // The save dialog already asked before replacing an existing file.
      await documents.export(versionId, destination, { overwrite: true });
      return { exported: true };
    },
  };
}
