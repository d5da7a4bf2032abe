export { createDocumentService, type DocumentService, type DocumentSource } from './document-service';
export { createUploadSessions, type UploadSessions } from './upload-sessions';
