export { createImportService, type ImportService, type PreviewResult } from './import-service';
export { readImportFile, readCsv, type ImportTable } from './read-table';
