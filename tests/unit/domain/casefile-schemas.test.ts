import { describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../../src-main/shared/schemas/cases';
import { clientImportSchema, clientInputSchema } from '../../../src-main/shared/schemas/clients';
import { COUNTRIES, COUNTRY_CODES, ISO_COUNTRY_CODES } from '../../../src-main/shared/iso/countries';
import { LANGUAGE_CODES } from '../../../src-main/shared/iso/languages';
import { PROVINCE_CODES, PROVINCES_TR } from '../../../src-main/shared/iso/provinces-tr';

const TODAY = '2026-11-28';
const VALID_FOREIGN_ID = '99123456740';
const client = clientInputSchema(TODAY);

function messages(result: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('reference lists', () => {
  it('has all 249 ISO 3166-1 alpha-2 codes with Turkish and English names', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    for (const code of ISO_COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(COUNTRIES[code].tr).not.toBe('');
      expect(COUNTRIES[code].en).not.toBe('');
    }
    expect(COUNTRIES.SY).toEqual({ tr: 'Suriye', en: 'Syria' });
    expect(COUNTRY_CODES).toContain('XK');
  });

  it('has the 81 provinces with two-digit codes', () => {
    expect(PROVINCE_CODES).toHaveLength(81);
    expect(PROVINCE_CODES[0]).toBe('01');
    expect(PROVINCE_CODES[80]).toBe('81');
    expect(PROVINCES_TR['34']).toBe('İstanbul');
    expect(PROVINCES_TR['63']).toBe('Şanlıurfa');
  });

  it('has the languages needed for interpreters, Dari and the Kurdish varieties apart', () => {
    for (const code of [
      'ar',
      'fa',
      'prs',
      'ps',
      'kmr',
      'ckb',
      'tr',
      'en',
      'fr',
      'so',
      'ti',
      'am',
      'ur',
      'uz',
      'tk',
      'ru',
      'uk',
      'ug',
      'sw',
      'om',
      'bn',
    ])
      expect(LANGUAGE_CODES).toContain(code);
  });
});

describe('clientInputSchema', () => {
  const minimal = { givenName: 'İsmail' };

  it('accepts a minimal client and applies defaults', () => {
    const r = client.parse(minimal);
    expect(r).toMatchObject({ givenName: 'İsmail', aliases: [], stateless: false, interpreter: { needed: false } });
  });

  it('accepts a full client', () => {
    const r = client.safeParse({
      givenName: 'Zeynep',
      familyName: 'Al-Ahmad',
      aliases: [{ name: 'Zainab Al-Ahmad' }, { name: 'Zeinab Ahmad', kind: 'document-spelling' }],
      fatherName: 'Hasan',
      motherName: 'Fatma',
      dateOfBirth: { precision: 'approximate', year: 2009 },
      gender: { kind: 'self-described', selfDescription: 'kendi ifadesiyle' },
      nationality: 'SY',
      otherNationalities: ['IQ'],
      languages: ['ar', 'kmr'],
      interpreter: { needed: true, language: 'kmr' },
      identityNumbers: [
        { kind: 'temporary-protection-id', value: '991 234 567 40' },
        { kind: 'unhcr', value: '123-12c12345' },
      ],
      phone: '+90 (532) 123 45 67',
      address: { provinceCode: '63', district: 'Haliliye' },
      safeContact: { flags: ['only-through-ngo', 'no-voicemail'], instructions: 'Sadece dernek üzerinden.' },
      vulnerabilities: [{ code: 'unaccompanied-child', since: '2026-03-01' }],
      consents: [{ kind: 'processing', givenOn: '2026-03-01', scope: 'case file', how: 'via-guardian' }],
    });
    expect(messages(r)).toEqual([]);
    expect(r.data?.identityNumbers[0]?.value).toBe(VALID_FOREIGN_ID);
    expect(r.data?.identityNumbers[1]?.value).toBe('123-12C12345');
  });

  it.each([
    [{ ...minimal, dateOfBirth: { precision: 'exact', date: '2026-11-29' } }, 'dateOfBirth.date:date.inFuture'],
    [{ ...minimal, dateOfBirth: { precision: 'year', year: 2027 } }, 'dateOfBirth.year:date.inFuture'],
    [{ ...minimal, dateOfBirth: { precision: 'exact', date: '2026-02-30' } }, 'dateOfBirth.date:date.invalid'],
    [{ ...minimal, nationality: 'XX' }, 'nationality:country.unknown'],
    [{ ...minimal, otherNationalities: ['SY', 'SY'] }, 'otherNationalities.1:nationality.duplicate'],
    [{ ...minimal, languages: ['xx'] }, 'languages.0:language.unknown'],
    [
      { ...minimal, identityNumbers: [{ kind: 'foreign-id', value: '99123456741' }] },
      'identityNumbers.0.value:identity.badChecksum',
    ],
    [
      { ...minimal, identityNumbers: [{ kind: 'foreign-id', value: '10000000146' }] },
      'identityNumbers.0.value:identity.badPrefix',
    ],
    [
      {
        ...minimal,
        identityNumbers: [
          { kind: 'foreign-id', value: VALID_FOREIGN_ID },
          { kind: 'temporary-protection-id', value: VALID_FOREIGN_ID },
        ],
      },
      'identityNumbers.1:identity.duplicate',
    ],
    [{ ...minimal, interpreter: { needed: true } }, 'interpreter.language:interpreter.languageRequired'],
    [{ ...minimal, gender: { kind: 'self-described' } }, 'gender.selfDescription:gender.descriptionRequired'],
    [{ ...minimal, phone: 'call me' }, 'phone:phone.invalid'],
    [{ ...minimal, address: { provinceCode: '82' } }, 'address.provinceCode:province.unknown'],
    [
      { ...minimal, vulnerabilities: [{ code: 'rich', since: '2026-01-01' }] },
      'vulnerabilities.0.code:vulnerability.unknown',
    ],
    [
      {
        ...minimal,
        consents: [{ kind: 'reporting', givenOn: '2026-05-01', scope: 'x', how: 'oral', withdrawnOn: '2026-04-01' }],
      },
      'consents.0.withdrawnOn:consent.withdrawnBeforeGiven',
    ],
    [{ givenName: '   ' }, 'givenName:text.required'],
  ])('refuses %j with %s', (input, expected) => {
    expect(messages(client.safeParse(input))).toContain(expected);
  });
});

describe('clientImportSchema (client add --json-file)', () => {
  const importer = clientImportSchema(TODAY);
  const documented = {
    givenName: 'Mohammad',
    familyName: 'Al-Hasan',
    aliases: ['Muhammed El Hassan', 'Mehmet Elhasan'],
    dateOfBirth: '1988-04-12',
    gender: 'male',
    nationality: 'sy',
    languages: ['ar', 'tr'],
    identityNumbers: [
      { kind: 'foreign-id', value: VALID_FOREIGN_ID },
      { kind: 'passport', value: 'n 1234567' },
    ],
    phone: '+90 532 123 45 67',
    vulnerabilities: ['serious-illness', 'survivor-of-torture'],
    reportingConsent: true,
  };

  it('accepts the documented shape and maps it to the full input', () => {
    const r = importer.safeParse(documented);
    expect(messages(r)).toEqual([]);
    expect(r.data).toMatchObject({
      givenName: 'Mohammad',
      aliases: [
        { name: 'Muhammed El Hassan', kind: 'spelling' },
        { name: 'Mehmet Elhasan', kind: 'spelling' },
      ],
      dateOfBirth: { precision: 'exact', date: '1988-04-12' },
      gender: { kind: 'male' },
      nationality: 'SY',
      identityNumbers: [
        { kind: 'foreign-id', value: VALID_FOREIGN_ID },
        { kind: 'passport', value: 'N1234567' },
      ],
      vulnerabilities: [
        { code: 'serious-illness', since: TODAY },
        { code: 'survivor-of-torture', since: TODAY },
      ],
      consents: [{ kind: 'reporting', givenOn: TODAY, how: 'imported' }],
    });
  });

  it('accepts a year-only date of birth and a self-described gender', () => {
    const r = importer.parse({ givenName: 'Ali', dateOfBirth: '1990', gender: 'kendini kadın olarak tanımlıyor' });
    expect(r.dateOfBirth).toEqual({ precision: 'year', year: 1990 });
    expect(r.gender).toEqual({ kind: 'self-described', selfDescription: 'kendini kadın olarak tanımlıyor' });
  });

  it('accepts only givenName, every other field being optional', () => {
    expect(importer.parse({ givenName: 'Ali' })).toMatchObject({ givenName: 'Ali', consents: [] });
  });

  it.each([
    [{ ...documented, dateOfBirth: '2027-01-01' }, 'dateOfBirth.date:date.inFuture'],
    [{ ...documented, nationality: 'XX' }, 'nationality:country.unknown'],
    [
      { ...documented, identityNumbers: [{ kind: 'foreign-id', value: '99123456741' }] },
      'identityNumbers.0.value:identity.badChecksum',
    ],
    [
      { ...documented, identityNumbers: [{ kind: 'national-id', value: '1' }] },
      'identityNumbers.0.kind:identity.unknownKind',
    ],
    [{ ...documented, vulnerabilities: ['tired'] }, 'vulnerabilities.0.code:vulnerability.unknown'],
  ])('refuses bad input with the same codes as the form: %#', (input, expected) => {
    expect(messages(importer.safeParse(input))).toContain(expected);
  });

  it('refuses unknown (misspelt) keys instead of dropping them', () => {
    const r = importer.safeParse({ givenName: 'Ali', birthDate: '1990' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('caseInputSchema', () => {
  const caseSchema = caseInputSchema(TODAY);
  const base = { clientIds: ['1', '2'], type: 'removal-appeal', openedOn: '2026-11-01' };

  it('accepts a case and normalizes court file numbers', () => {
    const r = caseSchema.parse({
      ...base,
      status: 'active',
      stage: 'first-instance',
      authority: { kind: 'removal-centre', name: 'Tuzla Geri Gönderme Merkezi' },
      court: 'İstanbul 5. İdare Mahkemesi',
      fileNumbers: [
        { kind: 'esas', value: '2026 / 01234 E.' },
        { kind: 'authority', value: 'GGM-77' },
      ],
      tags: ['rule-39', 'aile'],
    });
    expect(r.fileNumbers).toEqual([
      { kind: 'esas', value: '2026/1234' },
      { kind: 'authority', value: 'GGM-77' },
    ]);
    expect(r.outcome).toBe('pending');
  });

  it.each([
    [{ ...base, clientIds: [] }, 'clientIds:case.clientRequired'],
    [{ ...base, clientIds: ['1', '1'] }, 'clientIds.1:case.duplicateClient'],
    [{ ...base, type: 'divorce' }, 'type:case.unknownType'],
    [{ ...base, openedOn: '2026-12-01' }, 'openedOn:date.inFuture'],
    [{ ...base, status: 'closed' }, 'closedOn:case.closedOnRequired'],
    [{ ...base, closedOn: '2026-11-02' }, 'status:case.closedFieldsWhileOpen'],
    [{ ...base, status: 'closed', closedOn: '2026-10-01' }, 'closedOn:case.closedBeforeOpened'],
    [{ ...base, fileNumbers: [{ kind: 'karar', value: 'abc' }] }, 'fileNumbers.0.value:fileNumber.badFormat'],
    [{ ...base, tags: ['Aile', 'aile'] }, 'tags.1:tag.duplicate'],
  ])('refuses %j with %s', (input, expected) => {
    expect(messages(caseSchema.safeParse(input))).toContain(expected);
  });
});
