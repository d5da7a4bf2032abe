import { describe, expect, it } from 'vitest';
import {
  readDate,
  resolveCaseType,
  resolveCountry,
  resolveLanguages,
  splitFullName,
} from '../../src-main/domain/import/cells';
import { detectDelimiter, parseDelimited } from '../../src-main/domain/import/delimited';
import { fieldForHeader, normalizeHeader, recognizeHeaders } from '../../src-main/domain/import/headers';
import { mapRow } from '../../src-main/domain/import/rows';
import { decodeText, detectEncoding } from '../../src-main/domain/import/text-decoding';
import { ConflictBatch, findConflicts, prepareIndex } from '../../src-main/domain/people/conflict-check';
import { importMappingSchema } from '../../src-main/shared/schemas/import';
import { validForeignId } from '../helpers/identity';
import { csvBytes, encodeWindows1254 } from '../helpers/spreadsheets';

const TODAY = '2026-11-28';
const TURKISH = 'Şükrü Işık; Ağrı; İĞDE çöğüş';

describe('import: encodings', () => {
  it('tells UTF-8 (with and without BOM), UTF-16 LE/BE and Windows-1254 apart and decodes each', () => {
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TURKISH)]), 'utf-8'],
      [Buffer.from(TURKISH), 'utf-8'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TURKISH, 'utf16le')]), 'utf-16le'],
      [Buffer.from(TURKISH, 'utf16le'), 'utf-16le'],
      [Buffer.from(TURKISH, 'utf16le').swap16(), 'utf-16be'],
      [encodeWindows1254(TURKISH), 'windows-1254'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(detectEncoding(bytes).encoding).toBe(encoding);
      expect(decodeText(bytes).text).toBe(TURKISH);
    }
  });
});

describe('import: delimiters', () => {
  const rows = [
    ['Adı Soyadı', 'Uyruğu', 'Not'],
    ['El Hasan, Ahmad', 'Suriye', 'a'],
    ['Ayşe Yılmaz', 'Türkiye', 'b'],
  ];
  it.each([';', ',', '\t', '|'])('finds %j and keeps a quoted comma inside a cell', (delimiter) => {
    const { text } = decodeText(csvBytes(rows, delimiter, 'utf-8-bom'));
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(parseDelimited(text).rows).toEqual(rows);
  });
});

describe('import: headers', () => {
  it('recognises Turkish headers whatever their case, with İ/ı folded the Turkish way', () => {
    expect(normalizeHeader('T.C. Kimlik No')).toBe('t c kimlik no');
    expect(normalizeHeader('ADI SOYADI')).toBe('adi soyadi');
    const cases: Array<[string, string]> = [
      ['ADI', 'givenName'],
      ['Adı', 'givenName'],
      ['SOYADI', 'familyName'],
      ['Soyad', 'familyName'],
      ['İSİM', 'fullName'],
      ['ISIM', 'fullName'],
      ['Adı Soyadı', 'fullName'],
      ['UYRUĞU', 'nationality'],
      ['Uyruk', 'nationality'],
      ['Doğum Tarihi', 'dateOfBirth'],
      ['DOĞUM TARİHİ', 'dateOfBirth'],
      ['YKN', 'foreignId'],
      ['Yabancı Kimlik No', 'foreignId'],
      ['T.C. Kimlik No', 'turkishId'],
      ['Telefon', 'phone'],
      ['Dosya No', 'fileNumber'],
      ['Tebliğ Tarihi', 'notifiedOn'],
      ['TEBLİĞ TARİHİ', 'notifiedOn'],
      ['Baba Adı', 'fatherName'],
      ['Date of birth', 'dateOfBirth'],
      ['Nationality', 'nationality'],
      ['Surname', 'familyName'],
      ['First name', 'givenName'],
      ['Passport No.', 'passport'],
      ['Notification date', 'notifiedOn'],
    ];
    for (const [header, field] of cases) expect([header, fieldForHeader(header)]).toEqual([header, field]);
    expect(fieldForHeader('Notlar')).toBeUndefined();
  });

  it('maps each field once; separate name columns win over a full-name column', () => {
    expect(recognizeHeaders(['İsim', 'Adı', 'Soyadı', 'Uyruk', 'Uyruğu'])).toEqual([
      { column: 1, field: 'givenName' },
      { column: 2, field: 'familyName' },
      { column: 3, field: 'nationality' },
    ]);
  });
});

describe('import: cells', () => {
  it('reads dates day first in the common forms and refuses swapped, impossible and two-digit years', () => {
    expect(readDate('07.03.2025')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('7.3.2025')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('07/03/2025')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('07-03-2025')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('2025-03-07')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('07.03.2025 00:00:00')).toEqual({ ok: true, value: '2025-03-07' });
    expect(readDate('1990', true)).toEqual({ ok: true, value: '1990' });
    expect(readDate('1990')).toEqual({ ok: false, code: 'date.invalid' });
    expect(readDate('03/15/2025')).toEqual({ ok: false, code: 'date.monthFirst' });
    expect(readDate('31.02.2025')).toEqual({ ok: false, code: 'date.impossible' });
    expect(readDate('07.03.25')).toEqual({ ok: false, code: 'date.ambiguousYear' });
  });

  it('resolves nationalities by code, name and demonym, in Turkish and English', () => {
    for (const word of ['SY', 'sy', 'SYR', 'Suriye', 'SURİYE', 'Syria', 'Suriyeli', 'syrian']) {
      expect([word, resolveCountry(word)]).toEqual([word, 'SY']);
    }
    expect(resolveCountry('AFGANİSTAN')).toBe('AF');
    expect(resolveCountry('Afganlı')).toBe('AF');
    expect(resolveCountry('Irak')).toBe('IQ');
    expect(resolveCountry('Fildişi Sahili')).toBe('CI');
    expect(resolveCountry('Narnia')).toBeUndefined();
  });

  it('resolves languages, case types and splits full names', () => {
    expect(resolveLanguages('Arapça, Kürtçe ve Türkçe')).toEqual(['ar', 'ku', 'tr']);
    expect(resolveLanguages('fa/ps')).toEqual(['fa', 'ps']);
    expect(resolveCaseType('Sınır dışı')).toBe('removal-appeal');
    expect(resolveCaseType('removal-appeal')).toBe('removal-appeal');
    expect(resolveCaseType('İdari gözetim')).toBe('administrative-detention');
    expect(splitFullName('Mohammad Al Hasan')).toEqual({ givenName: 'Mohammad', familyName: 'Al Hasan' });
    expect(splitFullName('Ayşe Nur Yılmaz')).toEqual({ givenName: 'Ayşe Nur', familyName: 'Yılmaz' });
    expect(splitFullName('Zahra')).toEqual({ givenName: 'Zahra' });
  });
});

describe('import: a row through the form schemas', () => {
  const mapping = importMappingSchema.parse({
    columns: [
      { column: 0, field: 'fullName' },
      { column: 1, field: 'nationality' },
      { column: 2, field: 'dateOfBirth' },
      { column: 3, field: 'foreignId' },
      { column: 4, field: 'notifiedOn' },
      { column: 5, field: 'caseType' },
    ],
  });

  it('maps a good row onto a client and its case', () => {
    const row = mapRow(
      ['Mohammad Al Hasan', 'Suriye', '12.03.1985', validForeignId(1), '20.11.2026', 'Sınır dışı'],
      2,
      mapping,
      TODAY,
    );
    expect(row.errors).toEqual([]);
    expect(row.client).toMatchObject({
      givenName: 'Mohammad',
      familyName: 'Al Hasan',
      nationality: 'SY',
      dateOfBirth: { precision: 'exact', date: '1985-03-12' },
      identityNumbers: [{ kind: 'foreign-id', value: validForeignId(1) }],
    });
    expect(row.kase).toEqual({
      type: 'removal-appeal',
      fileNumbers: [],
      openedOn: '2026-11-20',
      notifiedOn: '2026-11-20',
    });
  });

  it('refuses a bad ID checksum, a future date and an unknown nationality, each with its reason', () => {
    const good = validForeignId(2);
    const bad = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
    const row = mapRow(['Ali Veli', 'Narnia', '01.01.2030', bad, '01.12.2026', 'removal-appeal'], 3, mapping, TODAY);
    expect(row.client).toBeNull();
    expect(row.errors).toEqual(
      expect.arrayContaining([
        'foreignId:identity.badChecksum',
        'dateOfBirth:date.inFuture',
        'nationality:country.unknown',
        'notifiedOn:date.inFuture',
      ]),
    );
  });
});

describe('ConflictBatch', () => {
  it('finds exactly what findConflicts finds, for many candidates', () => {
    const people = [
      { id: 'a', givenName: 'Mohammad', familyName: 'Al-Hasan', dateOfBirth: '1985-03-12' },
      { id: 'b', givenName: 'Muhammed', familyName: 'El Hassan' },
      { id: 'c', givenName: 'Ayşe', familyName: 'Yılmaz', aliases: ['Aise Yilmaz'] },
      {
        id: 'd',
        givenName: 'Abdulrahman',
        familyName: 'Haidari',
        identityNumbers: [{ kind: 'foreign-id' as const, value: validForeignId(9) }],
      },
      { id: 'e', givenName: 'Zahra', familyName: 'Ahmadi', dateOfBirth: '1999' },
      // A repeated word pairs twice: the filter must count positions, not distinct words.
      { id: 'f', givenName: 'Yusuf', familyName: 'Çelik Çelik', dateOfBirth: '1980' },
      { id: 'g', givenName: 'Mahmoud', familyName: 'Darwish Darwish', dateOfBirth: '1970-01-05' },
    ];
    const index = prepareIndex(people);
    const batch = new ConflictBatch(index);
    const candidates = [
      { givenName: 'Muhammad Alhasan', dateOfBirth: '1985-03-12' },
      { givenName: 'Mohamed', familyName: 'Hasan' },
      { givenName: 'Aysee', familyName: 'Yilmaz' },
      {
        givenName: 'Someone Else',
        identityNumbers: [{ kind: 'temporary-protection-id' as const, value: validForeignId(9) }],
      },
      { givenName: 'Abdurrahman Haydari' },
      { givenName: 'Zehra Ahmedi', dateOfBirth: '2001' },
      { givenName: 'Nobody Here' },
      { givenName: 'Walid Çelik', familyName: 'Çelik', dateOfBirth: '1980-05-13' },
      { givenName: 'Mahmoud Darwish', familyName: 'Darwish', dateOfBirth: '1992-09-17' },
      { givenName: 'Yusuf' },
    ];
    for (const c of candidates) expect(batch.check(c)).toEqual(findConflicts(c, index));
    expect(batch.check(candidates[0]!).map((m) => m.id)).toContain('a');
    expect(batch.check(candidates[7]!).map((m) => m.id)).toContain('f');
    expect(batch.check(candidates[8]!).map((m) => m.id)).toContain('g');
  });
});
