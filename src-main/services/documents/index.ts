export {
  createDocumentService,
  type DocumentDeps,
  type DocumentService,
  type DocumentSource,
} from './document-service';
export { createUploadSessions, type UploadSessions } from './upload-sessions';
export { createDocumentReaders, MAX_READ_BYTES, type DocumentReaders } from './document-reader';
