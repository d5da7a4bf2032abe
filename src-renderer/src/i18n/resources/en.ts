import { commonEn } from '../common-messages';
import { backupEn } from '../../features/backup/messages';
import { caseSummaryEn } from '../../features/case-summary/messages';
import { casesEn } from '../../features/cases/messages';
import { caseworkEn } from '../../features/casework/messages';
import { clientExportEn } from '../../features/client-export/messages';
import { clientsEn } from '../../features/clients/messages';
import { deadlinesEn } from '../../features/deadlines/messages';
import { documentsEn } from '../../features/documents/messages';
import { guideEn } from '../../features/guide/messages';
import { handoverEn } from '../../features/handover/messages';
import { homeEn } from '../../features/home/messages';
import { importEn } from '../../features/import/messages';
import { intakeEn } from '../../features/intake/messages';
import { reportsEn } from '../../features/reports/messages';
import { retentionEn } from '../../features/retention/messages';
import { searchEn } from '../../features/search/messages';
import { settingsEn } from '../../features/settings/messages';
import { trashEn } from '../../features/trash/messages';
import { vaultEn } from '../../features/vault/messages';
import type { Messages } from './tr';

export const en: Messages = {
  ...commonEn,
  ...vaultEn,
  ...homeEn,
  ...clientsEn,
  ...clientExportEn,
  ...intakeEn,
  ...importEn,
  ...casesEn,
  ...caseSummaryEn,
  casework: caseworkEn,
  ...deadlinesEn,
  ...documentsEn,
  ...guideEn,
  ...searchEn,
  ...trashEn,
  ...settingsEn,
  ...backupEn,
  ...retentionEn,
  ...reportsEn,
  ...handoverEn,
};
