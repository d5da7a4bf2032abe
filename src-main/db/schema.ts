import type { ColumnType, Generated } from 'kysely';

/**
 * Row types as SQLite stores them (Db* names). Domain types live in shared/schemas; the
 * repositories convert between the two so storage details never leak into the UI contract.
 */
export interface DbSetting {
  key: string;
  /** JSON-encoded value, validated with zod on read. */
  value: string;
  updated_at: string;
}

export interface DbAuditEvent {
  id: Generated<number>;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
}

/** Columns every editable casefile row has: optimistic concurrency and timestamps. */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface DbClient extends Versioned {
  id: string;
  given_name: string;
  family_name: string | null;
  sort_key: string;
  father_name: string | null;
  mother_name: string | null;
  birth_date: string | null;
  birth_date_precision: string | null;
  gender: string | null;
  gender_description: string | null;
  nationality: string | null;
  /** JSON array of ISO 3166 alpha-2 codes. */
  other_nationalities: Generated<string>;
  stateless: Generated<number>;
  /** JSON array of ISO 639 codes. */
  languages: Generated<string>;
  interpreter_needed: Generated<number>;
  interpreter_language: string | null;
  phone: string | null;
  province: string | null;
  district: string | null;
  address_line: string | null;
  /** JSON { flags, instructions }. */
  safe_contact: string | null;
  deleted_at: string | null;
  /**
   * Due date of the earliest open task of the client's live cases ('YYYY-MM-DD'), null without
   * one. Kept by triggers (migration 0009): read it, never write it.
   */
  next_task_due: ColumnType<string | null, never, never>;
}

export interface DbClientAlias {
  id: Generated<number>;
  client_id: string;
  name: string;
  kind: string;
}

export interface DbClientIdentity {
  id: Generated<number>;
  client_id: string;
  kind: string;
  value: string;
  normalized: string;
}

export interface DbClientVulnerability {
  id: Generated<number>;
  client_id: string;
  code: string;
  since: string | null;
  note: string | null;
}

export interface DbClientConsent {
  id: Generated<number>;
  client_id: string;
  kind: string;
  given_on: string;
  scope: string | null;
  how: string | null;
  withdrawn_on: string | null;
}

export interface DbLegalCase extends Versioned {
  id: string;
  title: string | null;
  type: string;
  status: string;
  stage: string | null;
  authority_kind: string | null;
  authority_name: string | null;
  court: string | null;
  /** JSON [{ kind, value }]. */
  file_numbers: Generated<string>;
  opposing_party: string | null;
  outcome: string;
  opened_on: string;
  closed_on: string | null;
  closure_reason: string | null;
  closure_note: string | null;
  retention_years: number | null;
  /** Whether the court takes the judicial recess: 'taken' | 'not-taken'; NULL = not known. */
  court_recess: Generated<string | null>;
  /** JSON array of strings. */
  tags: Generated<string>;
  deleted_at: string | null;
  /**
   * Due date of the earliest open task ('YYYY-MM-DD'), null without one. Kept by triggers on
   * case_task (migration 0009): read it, never write it.
   */
  next_task_due: ColumnType<string | null, never, never>;
}

export interface DbCaseClient {
  case_id: string;
  client_id: string;
}

export interface DbCaseNote extends Versioned {
  id: string;
  case_id: string;
  body: string;
}

export interface DbCaseActivity extends Versioned {
  id: string;
  case_id: string;
  kind: string;
  occurred_on: string;
  duration_minutes: number | null;
  summary: string | null;
}

export interface DbCaseTask extends Versioned {
  id: string;
  case_id: string;
  title: string;
  due_on: string | null;
  done_at: string | null;
  deadline_id: Generated<string | null>;
  /** What the app created the task for ('power-of-attorney'), null for the lawyer's own (0011). */
  purpose: Generated<string | null>;
}

export interface DbTimeEntry extends Versioned {
  id: string;
  case_id: string;
  worked_on: string;
  minutes: number;
  description: string | null;
  pro_bono: Generated<number>;
}

export interface DbRelatedPerson extends Versioned {
  id: string;
  case_id: string | null;
  client_id: string | null;
  role: string;
  name: string;
  birth_date: string | null;
  identity_number: string | null;
  note: string | null;
}

export interface DbCaseDeadline extends Versioned {
  id: string;
  case_id: string;
  rule_id: string | null;
  title: string | null;
  start_kind: string;
  notified_on: string | null;
  delivered_on: string | null;
  opened_on: string | null;
  computed_due: string | null;
  due_on: string;
  override_reason: string | null;
  confidence: string | null;
  /** JSON snapshot of the engine result. */
  computation: string | null;
  done_at: string | null;
  /** 'taken' | 'not-taken' | 'unsure' as assumed by the computation. */
  recess: Generated<string | null>;
  /** The lawyer's own target ("iç süre"), N working days before due_on. */
  internal_due_on: Generated<string | null>;
  internal_working_days: Generated<number | null>;
  detention_started_on: Generated<string | null>;
  order_date_only: Generated<number>;
  /** The lawyer's note when marking it done (migration 0011). */
  done_note: Generated<string | null>;
}

/** A reminder created with a deadline (one row per occurrence), e.g. the monthly detention review. */
export interface DbCaseReminder extends Versioned {
  id: string;
  case_id: string;
  deadline_id: string;
  kind: string;
  due_on: string;
  done_at: string | null;
}

export interface DbHearing extends Versioned {
  id: string;
  case_id: string;
  kind: string;
  court: string | null;
  starts_at: string;
  hall: string | null;
  file_number: string | null;
  preparation: string | null;
  done_at: string | null;
  /** 'interim-decision' | 'decision' | 'postponed' (migration 0011). */
  outcome: Generated<string | null>;
  outcome_note: Generated<string | null>;
  /** The deadline (kesin süre) an interim decision set; no foreign key (see 0011). */
  outcome_deadline_id: Generated<string | null>;
}

export interface DbReminderSent {
  item_id: string;
  lead: string;
  sent_at: string;
}

export interface DbSearchDoc {
  id: Generated<number>;
  kind: string;
  ref_id: string;
  case_id: string | null;
}

export interface DbSearchFts {
  kind: string;
  ref_id: string;
  case_id: string | null;
  text: string;
}

export interface DbDocument extends Versioned {
  id: string;
  case_id: string;
  client_id: string | null;
  title: string;
  category: string;
  document_date: string | null;
  note: string | null;
  language: string | null;
  deleted_at: string | null;
}

export interface DbDocumentVersion {
  id: string;
  document_id: string;
  version_no: number;
  /** Random storage name (the file id in hex), never derived from the original name. */
  file_name: string;
  original_name: string;
  media_type: string;
  size: number;
  sha256: string;
  /** The file's AES-256 key: deleting this row crypto-shreds the file. */
  key: Buffer;
  chunk_size: number;
  created_at: string;
}

/** This vault's own report key pairs ('org' for a supervisor, 'lawyer' for signing reports). */
export interface DbReportKey {
  role: string;
  /** JSON of the public keys (base64 raw). */
  public_key: string;
  /** JSON sealed box (aead.ts) of the private keys, under the 'report-keys' subkey. */
  private_box: string;
  fingerprint: string;
  /** The organisation's k for small-cell suppression (org role only). */
  k: number | null;
  created_at: string;
  /** The organisation key file's issue number, raised whenever k changes (migration 0007). */
  serial: Generated<number>;
  /** N: sensitive codes only when at least N lawyers are merged (org role; migration 0012). */
  min_lawyers: number | null;
  /** The coordinator written into the organisation key file, JSON (org role; migration 0018). */
  contact: string | null;
}

/** An updated playbook the organisation signed, imported on a lawyer's vault (migration 0018). */
export interface DbImportedPlaybook {
  playbook_id: string;
  /** The signed playbook file as imported, verified again on every read. */
  signed_file: string;
  org_fingerprint: string;
  playbook_version: number;
  reviewed_on: string;
  imported_at: string;
}

export interface DbTrustedOrg {
  fingerprint: string;
  public_key_file: string;
  k: number;
  trusted_at: string;
}

export interface DbKnownLawyer {
  fingerprint: string;
  public_key: string;
  accepted_at: string;
  /** The supervisor's name for this lawyer (migration 0012); null until given. */
  label: string | null;
}

export interface DbReceivedReport {
  id: Generated<number>;
  lawyer_fingerprint: string;
  period: string;
  period_from: string;
  period_to: string;
  file_sha256: string;
  /** The validated, unsealed report JSON (suppressed counts only). */
  report: string;
  received_at: string;
  /** The report's revision: 1, or 2.. for a lawyer's corrections (migration 0012). */
  revision: Generated<number>;
  /** The row of the correction that replaced this one; only rows without it are counted. */
  superseded_by: number | null;
}

/** A random record key per client and per case for cell-key perturbation (migration 0012). */
export interface DbClientRecordKey {
  client_id: string;
  record_key: number;
}
export interface DbCaseRecordKey {
  case_id: string;
  record_key: number;
}

/** The lawyer's release register (migration 0012): one row per released period and revision. */
export interface DbReportRelease {
  id: Generated<number>;
  period: string;
  period_from: string;
  period_to: string;
  revision: number;
  schema_version: number;
  /** Secret; 0 for a first release, random for a correction. Never exported. */
  salt: number;
  /** SHA-256 of the released report JSON: the same figures again are a copy, not a release. */
  report_sha256: string;
  released_at: string;
}

/** A column mapping confirmed for a header row (migration 0014): headers and field names only. */
export interface DbImportMapping {
  /** The sheet's header row, normalized (domain/import/headers.ts), joined by U+001F. */
  header_key: string;
  /** JSON: the ImportMapping (shared/schemas/import.ts). */
  mapping: string;
  used_at: string;
}

/** One committed import (migration 0014): counts only, never a name or the file's. */
export interface DbImportRun {
  id: Generated<number>;
  at: string;
  rows: number;
  created: number;
  merged: number;
  skipped: number;
  cases: number;
}

/** An automatic backup this vault wrote (migration 0007): only these are ever pruned. */
export interface DbAutoBackup {
  id: Generated<number>;
  folder: string;
  name: string;
  bytes: number;
  sha256: string;
  created_at: string;
}

/** A PDF version whose text is not yet in the search index (migration 0010). */
export interface DbDocumentTextJob {
  version_id: string;
  attempts: Generated<number>;
  created_at: string;
}

/** A decrypted export's temp file, swept on unlock if its process died (migration 0010). */
export interface DbPendingExport {
  temp_path: string;
  pid: number;
  created_at: string;
}

/** Casework records of migration 0011 (services/casework). */
export interface DbPowerOfAttorney extends Versioned {
  id: string;
  case_id: string;
  granted_on: string;
  notary: string | null;
  journal_number: string | null;
  /** 'general' | 'special'. */
  scope: string;
  scope_note: string | null;
  /** A document of the case (the scan); no foreign key. */
  document_id: string | null;
}

export interface DbCaseNotification extends Versioned {
  id: string;
  case_id: string;
  subject: string;
  /** 'client' | 'lawyer' | 'other'. */
  recipient: string;
  recipient_note: string | null;
  /** 'hand' | 'post' | 'e-notification'. */
  method: string;
  served_on: string | null;
  delivered_on: string | null;
  opened_on: string | null;
  deadline_id: string | null;
}

export interface DbStayRequest extends Versioned {
  id: string;
  case_id: string;
  requested_on: string;
  /** 'pending' | 'granted' | 'partially-granted' | 'rejected'. */
  decision: Generated<string>;
  decided_on: string | null;
  note: string | null;
}

export interface DbHearingPostponement {
  id: string;
  hearing_id: string;
  from_starts_at: string;
  to_starts_at: string;
  reason: string;
  created_at: string;
}

/** A deadline as it was before one edit: the row's fields in JSON, computation included. */
export interface DbDeadlineRevision {
  id: string;
  deadline_id: string;
  revised_at: string;
  snapshot: string;
}

/** A deleted record (activity, task, …) and its dependent rows, in JSON, until restored. */
export interface DbTrashRecord {
  /** The record's own id. */
  id: string;
  entity: string;
  case_id: string | null;
  client_id: string | null;
  payload: string;
  deleted_at: string;
}

/** A playbook step the lawyer acted on (migration 0013); open steps have no row. */
export interface DbPlaybookStepState {
  case_id: string;
  step_id: string;
  playbook_id: string;
  /** 'done' | 'skipped'. */
  state: string;
  task_id: string | null;
  deadline_id: string | null;
  updated_at: string;
}

/** Whether the "What to do next" panel is hidden on a case (migration 0013). */
export interface DbCaseGuide {
  case_id: string;
  hidden: Generated<number>;
  updated_at: string;
}

/** The document holding a case's drafts of one petition template (migration 0013). */
export interface DbPetitionDraft {
  case_id: string;
  template_id: string;
  document_id: string;
}

/** This vault's handover keys (migration 0015): one row, private halves wrapped. */
export interface DbHandoverKey {
  id: number;
  /** JSON { x25519, ed25519 } (base64 raw). */
  public_key: string;
  /** JSON sealed box (aead.ts) of the private keys, under the 'handover-keys' subkey. */
  private_box: string;
  fingerprint: string;
  created_at: string;
}

/** A colleague's handover key the lawyer accepted after comparing words (migration 0015). */
export interface DbTrustedColleague {
  fingerprint: string;
  /** The colleague's public key file as read (JSON), re-checked on every use. */
  public_key_file: string;
  trusted_at: string;
}

/** A handover this vault sent (migration 0015); while state is 'read-only' the case cannot change. */
export interface DbHandoverSent {
  id: string;
  case_id: string;
  recipient: string;
  /** What the lawyer chose for their own copy: keep it read-only, or shred after confirmation. */
  copy: string;
  /** 'read-only' | 'shredded'. */
  state: string;
  confirmation_sha256: string;
  sent_at: string;
  confirmed_at: string | null;
}

/** A handover this vault imported (migration 0015): replay protection, counts only. */
export interface DbHandoverReceived {
  id: string;
  sender: string;
  case_id: string;
  records: number;
  documents: number;
  received_at: string;
}

export interface Database {
  setting: DbSetting;
  audit_event: DbAuditEvent;
  client: DbClient;
  client_alias: DbClientAlias;
  client_identity: DbClientIdentity;
  client_vulnerability: DbClientVulnerability;
  client_consent: DbClientConsent;
  legal_case: DbLegalCase;
  case_client: DbCaseClient;
  case_note: DbCaseNote;
  case_activity: DbCaseActivity;
  case_task: DbCaseTask;
  time_entry: DbTimeEntry;
  related_person: DbRelatedPerson;
  search_fts: DbSearchFts;
  search_doc: DbSearchDoc;
  case_deadline: DbCaseDeadline;
  hearing: DbHearing;
  reminder_sent: DbReminderSent;
  case_reminder: DbCaseReminder;
  document: DbDocument;
  document_version: DbDocumentVersion;
  report_key: DbReportKey;
  imported_playbook: DbImportedPlaybook;
  trusted_org: DbTrustedOrg;
  known_lawyer: DbKnownLawyer;
  received_report: DbReceivedReport;
  auto_backup: DbAutoBackup;
  document_text_job: DbDocumentTextJob;
  pending_export: DbPendingExport;
  client_record_key: DbClientRecordKey;
  case_record_key: DbCaseRecordKey;
  report_release: DbReportRelease;
  power_of_attorney: DbPowerOfAttorney;
  case_notification: DbCaseNotification;
  stay_request: DbStayRequest;
  hearing_postponement: DbHearingPostponement;
  deadline_revision: DbDeadlineRevision;
  trash_record: DbTrashRecord;
  playbook_step_state: DbPlaybookStepState;
  case_guide: DbCaseGuide;
  petition_draft: DbPetitionDraft;
  handover_key: DbHandoverKey;
  trusted_colleague: DbTrustedColleague;
  handover_sent: DbHandoverSent;
  handover_received: DbHandoverReceived;
  import_mapping: DbImportMapping;
  import_run: DbImportRun;
}
