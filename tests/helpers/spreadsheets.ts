import ExcelJS from 'exceljs';

/**
 * Spreadsheets made in the test, as lawyers' machines write them: .xlsx with exceljs, CSV as
 * Excel saves it on Turkish Windows (Windows-1254, `;`), as "CSV UTF-8" (BOM) and as "Unicode
 * text" (UTF-16 LE with BOM).
 */

/** Windows-1254 differs from Latin-1 in exactly the Turkish letters used here (and a few symbols). */
const CP1254: Readonly<Record<string, number>> = {
  Ğ: 0xd0,
  ğ: 0xf0,
  İ: 0xdd,
  ı: 0xfd,
  Ş: 0xde,
  ş: 0xfe,
  Ç: 0xc7,
  ç: 0xe7,
  Ö: 0xd6,
  ö: 0xf6,
  Ü: 0xdc,
  ü: 0xfc,
  Â: 0xc2,
  â: 0xe2,
};

export function encodeWindows1254(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const mapped = CP1254[ch];
      if (mapped !== undefined) return mapped;
      const code = ch.charCodeAt(0);
      // Elsewhere in the upper half Windows-1254 is Latin-1 (é in Traoré), but for the six
      // positions the Turkish letters took.
      if (code >= 0xa0 && code <= 0xff && ![0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe].includes(code)) return code;
      if (code > 0x7f) throw new Error(`no Windows-1254 byte for ${ch} in this helper`);
      return code;
    }),
  );
}

export type CsvEncoding = 'utf-8-bom' | 'utf-16le-bom' | 'windows-1254';

export function csvBytes(rows: readonly (readonly string[])[], delimiter: string, encoding: CsvEncoding): Buffer {
  const quote = (cell: string) => (/[";,\t\n|]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  switch (encoding) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1254':
      return encodeWindows1254(text);
  }
}

/** An .xlsx with one sheet; Date values become real date cells. */
export async function xlsxBytes(rows: ReadonlyArray<ReadonlyArray<string | number | Date | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Müvekkiller');
  for (const row of rows) sheet.addRow([...row]);
  sheet.getColumn(3).numFmt = 'dd.mm.yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
