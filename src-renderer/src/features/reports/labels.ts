import type { TFunction } from 'i18next';
import { countryName } from '../../components/isoNames';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import { CASE_OUTCOMES } from '@shared/schemas/cases';
import { GENDERS, VULNERABILITY_CODES } from '@shared/schemas/clients';
import { CASE_TYPES } from '@shared/schemas/deadlines';
import type { Language } from '@shared/schemas/vault';

/**
 * Labels for report tables and cells. Reports carry only vocabulary codes; each is shown with
 * the app's existing translation, and an unexpected code is shown as is rather than hidden.
 */

const TABLE_KEYS = {
  'cases.by-type': 'reports.tables.casesByType',
  'outcomes.by-type': 'reports.tables.outcomesByType',
  'clients.by-nationality': 'reports.tables.clientsByNationality',
  'clients.by-gender': 'reports.tables.clientsByGender',
  'clients.by-age-band': 'reports.tables.clientsByAgeBand',
  'clients.by-vulnerability': 'reports.tables.clientsByVulnerability',
  'clients.by-interpreter': 'reports.tables.clientsByInterpreter',
  'activities.by-kind': 'reports.tables.activitiesByKind',
  'hours.pro-bono': 'reports.tables.hoursProBono',
  'deadlines.by-result': 'reports.tables.deadlinesByResult',
} as const;

export function tableTitle(t: TFunction, id: string): string {
  const key = (TABLE_KEYS as Record<string, (typeof TABLE_KEYS)[keyof typeof TABLE_KEYS]>)[id];
  return key ? t(key) : id;
}

const VALUE_KEYS = {
  opened: 'reports.values.opened',
  active: 'reports.values.active',
  closed: 'reports.values.closed',
  'pro-bono-hours': 'reports.values.proBonoHours',
  needed: 'reports.values.needed',
  'not-needed': 'reports.values.notNeeded',
  met: 'reports.values.met',
  missed: 'reports.values.missed',
  open: 'reports.values.open',
  other: 'reports.values.other',
  unknown: 'reports.values.unknown',
} as const;

const isIn = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** One dimension value in words. */
export function valueLabel(t: TFunction, lang: Language, dimension: string, value: string): string {
  if (value === 'other' || value === 'unknown') return t(VALUE_KEYS[value]);
  if (dimension === 'caseType' && isIn(CASE_TYPES, value)) return t(`caseTypes.${value}`);
  if (dimension === 'outcome' && isIn(CASE_OUTCOMES, value)) return t(`cases.outcomes.${value}`);
  if (dimension === 'activityKind' && isIn(ACTIVITY_KINDS, value)) return t(`activityKinds.${value}`);
  if (dimension === 'gender' && isIn(GENDERS, value)) return t(`form.genders.${value}`);
  if (dimension === 'vulnerability' && isIn(VULNERABILITY_CODES, value)) return t(`form.vulnerabilityCodes.${value}`);
  if (dimension === 'nationality') return countryName(value, lang) || value;
  if (dimension === 'ageBand') return t('reports.values.ageBand', { band: value });
  const key = (VALUE_KEYS as Record<string, (typeof VALUE_KEYS)[keyof typeof VALUE_KEYS]>)[value];
  return key ? t(key) : value;
}

/** A row's key in words, dimensions in the table's order: "Removal appeal · active". */
export function rowLabel(t: TFunction, lang: Language, dimensions: readonly string[], key: Record<string, string>) {
  return dimensions.map((d) => valueLabel(t, lang, d, key[d] ?? '')).join(' · ');
}

const REFUSAL_KEYS = {
  'report.notAReportFile': 'reports.refusals.notAReportFile',
  'report.unsupportedVersion': 'reports.refusals.unsupportedVersion',
  'report.wrongOrganisation': 'reports.refusals.wrongOrganisation',
  'report.tampered': 'reports.refusals.tampered',
  'report.badSignature': 'reports.refusals.badSignature',
  'report.unknownSigner': 'reports.refusals.unknownSigner',
  'report.invalidContent': 'reports.refusals.invalidContent',
  'orgKey.invalid': 'reports.refusals.orgKeyInvalid',
  'orgKey.badSignature': 'reports.refusals.orgKeyBadSignature',
  'orgKey.none': 'reports.refusals.orgKeyNone',
  'orgKey.notTrusted': 'reports.refusals.orgKeyNotTrusted',
  'report.kBelowPolicy': 'reports.refusals.kBelowPolicy',
  'orgKey.outdated': 'reports.refusals.orgKeyOutdated',
  unreadable: 'reports.refusals.unreadable',
} as const;

/** The reason a report or key file was refused (a code from the backend), in words. */
export function refusalText(t: TFunction, reason: string | undefined): string | null {
  const key = reason ? (REFUSAL_KEYS as Record<string, (typeof REFUSAL_KEYS)[keyof typeof REFUSAL_KEYS]>)[reason] : undefined;
  return key ? t(key) : null;
}
