import { foldForSearch } from './turkish-fold';

/**
 * SQLite has no Turkish collation, and lists of 10,000 clients must page in the database, so we
 * store a key whose plain binary order is Turkish alphabetical order: c < ç < d, g < ğ < h,
 * ı < i, o < ö < p, s < ş < t, u < ü < v. Letters outside the alphabet sort as their folded
 * base letter (â as a); digits come before letters, and a space before everything.
 */
const ALPHABET = 'abcçdefgğhıijklmnoöpqrsştuüvwxyz';
const FIRST_LETTER = 0x40; // '@' + n: printable, after digits and space in binary order

function keyChar(ch: string): string {
  const at = ALPHABET.indexOf(ch);
  if (at >= 0) return String.fromCharCode(FIRST_LETTER + at);
  if (ch >= '0' && ch <= '9') return ch;
  if (/\s/.test(ch)) return ' ';
  const folded = foldForSearch(ch);
  const base = ALPHABET.indexOf(folded);
  if (base >= 0) return String.fromCharCode(FIRST_LETTER + base);
  // Other scripts keep their own code point order after every Latin letter.
  return ch;
}

export function turkishSortKey(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('tr').trim().replace(/\s+/g, ' ');
  let key = '';
  for (const ch of lower) key += keyChar(ch);
  return key;
}
