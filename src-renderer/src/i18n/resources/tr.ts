/**
 * Turkish is the source language. Each namespace lives next to the feature that uses it (the
 * shared words in ../common-messages.ts); this file only assembles them.
 */
import type { Messages as MessagesOf } from '../messages-type';
import { commonTr } from '../common-messages';
import { backupTr } from '../../features/backup/messages';
import { caseSummaryTr } from '../../features/case-summary/messages';
import { casesTr } from '../../features/cases/messages';
import { caseworkTr } from '../../features/casework/messages';
import { clientExportTr } from '../../features/client-export/messages';
import { clientsTr } from '../../features/clients/messages';
import { deadlinesTr } from '../../features/deadlines/messages';
import { documentsTr } from '../../features/documents/messages';
import { guideTr } from '../../features/guide/messages';
import { handoverTr } from '../../features/handover/messages';
import { homeTr } from '../../features/home/messages';
import { importTr } from '../../features/import/messages';
import { intakeTr } from '../../features/intake/messages';
import { reportsTr } from '../../features/reports/messages';
import { retentionTr } from '../../features/retention/messages';
import { searchTr } from '../../features/search/messages';
import { settingsTr } from '../../features/settings/messages';
import { trashTr } from '../../features/trash/messages';
import { vaultTr } from '../../features/vault/messages';

export const tr = {
  ...commonTr,
  ...vaultTr,
  ...homeTr,
  ...clientsTr,
  ...clientExportTr,
  ...intakeTr,
  ...importTr,
  ...casesTr,
  ...caseSummaryTr,
  casework: caseworkTr,
  ...deadlinesTr,
  ...documentsTr,
  ...guideTr,
  ...searchTr,
  ...trashTr,
  ...settingsTr,
  ...backupTr,
  ...retentionTr,
  ...reportsTr,
  ...handoverTr,
} as const;

/** The type every other language must satisfy. */
export type Messages = MessagesOf<typeof tr>;
