export {
  CLIENT_EXPORT_FORMAT,
  CLIENT_EXPORT_VERSION,
  createClientExportService,
  exportPaths,
  type ClientExportResult,
  type ClientExportService,
} from './client-export-service';
