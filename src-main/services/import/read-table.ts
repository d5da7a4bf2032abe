import { open } from 'node:fs/promises';
import type { CellValue } from 'exceljs';
import { decodeText } from '../../domain/import/text-decoding';
import { parseDelimited } from '../../domain/import/delimited';
import { AppError } from '../../shared/errors';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  type TextEncodingName,
} from '../../shared/schemas/import';

/**
 * A spreadsheet read into rows of text cells, in memory only: the file itself is never copied
 * into the vault. `.xlsx` is read with exceljs (first sheet with data), anything else as CSV
 * (encoding and delimiter detected in domain/import). Row numbers are the sheet's (for CSV, the
 * record's position in the file), so the preview names the row the lawyer sees in Excel.
 */
export interface ImportTable {
  kind: 'xlsx' | 'csv';
  encoding: TextEncodingName | null;
  delimiter: string | null;
  rows: Array<{ number: number; cells: string[] }>;
}

const invalid = (code: string) => new AppError('VALIDATION', 'Invalid input', [`file:${code}`]);

/** A zip (xlsx) starts with a local file header. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The uncompressed size an xlsx claims, from its zip central directory, checked before exceljs
 * inflates anything: a small file that unpacks to gigabytes must be refused, not tried.
 */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
function claimedUnpackedSize(bytes: Buffer): number | null {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let p = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return null;
      total += bytes.readUInt32LE(p + 24);
      p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    return total;
  }
  return null;
}

export async function readImportFile(path: string): Promise<ImportTable> {
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      // Checked before reading, so a wrong file (a disk image, a video) is never pulled into memory.
      if ((await handle.stat()).size > IMPORT_MAX_BYTES) throw invalid('file.tooLarge');
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('file.unreadable');
  }
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}

function bounded(rows: Array<{ number: number; cells: string[] }>): Array<{ number: number; cells: string[] }> {
  if (rows.length > IMPORT_MAX_ROWS + 1) throw invalid('import.tooManyRows');
  if (rows.some((r) => r.cells.length > IMPORT_MAX_COLUMNS)) throw invalid('import.tooManyColumns');
  return rows;
}

export function readCsv(bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeText(bytes);
  const { delimiter, rows } = parseDelimited(text);
  return { kind: 'csv', encoding, delimiter, rows: bounded(rows.map((cells, i) => ({ number: i + 1, cells }))) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as text: dates as ISO civil dates (Excel stores them as UTC midnight). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ''
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) {
    const text: unknown = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text.trim() : '';
  }
  if ('error' in value) return '';
  return '';
}

async function readXlsx(bytes: Buffer): Promise<ImportTable> {
  const unpacked = claimedUnpackedSize(bytes);
  if (unpacked === null) throw invalid('file.unreadable');
  if (unpacked > MAX_UNPACKED_BYTES) throw invalid('file.tooLarge');
  // Loaded on first use: exceljs is the largest library the main process has, and most
  // sessions never import a spreadsheet (it was also most of every integration test's start-up).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('file.unreadable');
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) return { kind: 'xlsx', encoding: null, delimiter: null, rows: [] };
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 1) throw invalid('import.tooManyRows');
  const rows: Array<{ number: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    const count = Math.min(row.cellCount, IMPORT_MAX_COLUMNS + 1);
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((c) => c !== '')) rows.push({ number, cells });
  });
  return { kind: 'xlsx', encoding: null, delimiter: null, rows: bounded(rows) };
}
