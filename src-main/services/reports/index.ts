export { openSealedReport, sealReport } from './envelope';
export { REPORT_REFUSALS, refusalOf, type ReportRefusal } from './errors';
export { fingerprintWords } from './fingerprint';
export { importReports, type ImportOptions, type ImportResult, type ReportFile } from './import-service';
export { readOrgKeyFile, type OrgKeyFile } from './org-key-file';
export { loadReportRecords } from './report-records';
export { createReportService, type ReportService, type ReportServiceDeps } from './report-service';
export { writePublicKeyFile, writeReportFile } from './report-files';
export { combinedToCsv, dashboard, receivedReports, reportStatus } from './report-views';
