import { describe, expect, it } from 'vitest';
import { matchNames } from '../../../src-main/domain/people/name-match';
import { normalizeName } from '../../../src-main/domain/people/name-normalize';
import { phoneticKey } from '../../../src-main/domain/people/transliteration';

const MATCH = 0.85;

// Turkish, Arabic, Persian and Kurdish spellings of the same name.
const SAME_NAME: Array<[string, string]> = [
  ['Mohammad', 'Muhammed'],
  ['Mohammed', 'Muhammad'],
  ['Mohamed', 'Muhammad'],
  ['Mohamad', 'Mohammed'],
  ['Muhammet', 'Muhammed'],
  ['Hassan', 'Hasan'],
  ['Hasen', 'Hasan'],
  ['Hussein', 'Hüseyin'],
  ['Husayn', 'Hossein'],
  ['Husain', 'Hussein'],
  ['Ahmad', 'Ahmet'],
  ['Ahmed', 'Ahmad'],
  ['Yusuf', 'Youssef'],
  ['Yousef', 'Yusuf'],
  ['Abdullah', 'Abdallah'],
  ['Abdulla', 'Abd Allah'],
  ['Abdollah', 'Abdullah'],
  ['Omar', 'Umar'],
  ['Omar', 'Ömer'],
  ['Osman', 'Uthman'],
  ['Othman', 'Osman'],
  ['Mustafa', 'Mostafa'],
  ['Moustafa', 'Mustapha'],
  ['Mahmoud', 'Mahmut'],
  ['Mahmud', 'Mahmoud'],
  ['Ibrahim', 'Ebrahim'],
  ['İbrahim', 'Ibrahim'],
  ['Ismail', 'Esmail'],
  ['Ismayil', 'İsmail'],
  ['Fatima', 'Fatma'],
  ['Fatemeh', 'Fatima'],
  ['Aisha', 'Ayşe'],
  ['Ayesha', 'Aicha'],
  ['Zainab', 'Zeynep'],
  ['Zeinab', 'Zainab'],
  ['Khadija', 'Hatice'],
  ['Khadijeh', 'Khadija'],
  ['Reza', 'Rıza'],
  ['Ridha', 'Rıza'],
  ['Hamid', 'Hamit'],
  ['Hamed', 'Hamid'],
  ['Jafar', 'Cafer'],
  ["Ja'far", 'Djafar'],
  ['Jamal', 'Cemal'],
  ['Gamal', 'Jamal'],
  ['Kamal', 'Kemal'],
  ['Khalil', 'Halil'],
  ['Said', 'Saeed'],
  ['Sait', 'Said'],
  ['Walid', 'Velit'],
  ['Waleed', 'Walid'],
  ['Zakaria', 'Zekeriya'],
  ['Zakariyya', 'Zakaria'],
  ['Yaqub', 'Yakup'],
  ['Yaghoub', 'Yaqub'],
  ['Abd al-Rahman', 'Abdurrahman'],
  ['Abdelrahman', 'Abdul Rahman'],
  ['Abderrahmane', 'Abdulrahman'],
  ['Abdulkadir', 'Abdelkader'],
  ['Nurettin', 'Nur ad-Din'],
  ['Nureddin', 'Noureddine'],
  ['Hüsamettin', 'Husam al-Din'],
  ['Süleyman', 'Sulaiman'],
  ['Ramazan', 'Ramadan'],
  ['Kasım', 'Qasim'],
  ['Ghasem', 'Qasim'],
  ['Ebubekir', 'Abu Bakr'],
  ['Xalid', 'Khalid'],
  ['Xelîl', 'Khalil'],
  ['Mehdi', 'Mahdi'],
  ['Emine', 'Amina'],
  ['Younes', 'Yunus'],
  ['Eisa', 'Isa'],
  ['Hamza', 'Hamzah'],
  ['Nasser', 'Nasir'],
  ['Mohsen', 'Muhsin'],
  ['Ghulam', 'Gulam'],
  ['Yassine', 'Yasin'],
];

// Full names: particles, order, spacing.
const SAME_PERSON: Array<[string, string]> = [
  ['Mohammad Al-Hasan', 'Muhammed El Hassan'],
  ['Al-Hasan', 'El Hasan'],
  ['Al-Hasan', 'Alhasan'],
  ['El-Hassan', 'Alhasan'],
  ['El Hasan', 'El-Hassan'],
  ['Ahmad Al Khatib', 'Ahmet El-Hatip'],
  ['Omar as-Sayed', 'Ömer Sayed'],
  ['Hasan Mohammed', 'Mohammed Hasan'],
  ['Mohammed bin Salman', 'Muhammad Salman'],
  ['Fatemeh Hosseini', 'Fatma Hüseyni'],
  ['Zeynep Abdurrahman', 'Zainab Abd al-Rahman'],
  ['İSMAİL YILMAZ', 'ismail yilmaz'],
];

const DIFFERENT: Array<[string, string]> = [
  ['Hasan', 'Hüseyin'],
  ['Hasan', 'Hussein'],
  ['Ali', 'Aliye'],
  ['Ali', 'Alia'],
  ['Omar', 'Ammar'],
  ['Amin', 'Amina'],
  ['Jamil', 'Jamila'],
  ['Hamid', 'Hamdi'],
  ['Said', 'Saad'],
  ['Mahmoud', 'Muhammad'],
  ['Ahmad', 'Hamid'],
  ['Fatima', 'Fatih'],
  ['Yusuf', 'Yunus'],
  ['Jamal', 'Kamal'],
  ['Khalil', 'Khalid'],
  ['Nour', 'Noura'],
  ['Abdullah', 'Abdulrahman'],
  ['Mustafa', 'Murtaza'],
  ['Ismail', 'Ismet'],
  ['Jafar', 'Jabir'],
  ['Ayşe', 'Aysel'],
  ['Rahim', 'Rahman'],
  ['Abu Bakr Hasan', 'Bakr Hasan'],
  ['Mohammed Ali', 'Ali Hassan'],
  ['Mohammed Hasan', 'Mohammed Ahmad'],
  ['Elif', 'Elmas'],
];

describe('matchNames: transliteration variants that must match', () => {
  it.each(SAME_NAME)('%s ↔ %s', (a, b) => {
    expect(matchNames(a, b).score).toBeGreaterThanOrEqual(MATCH);
    expect(matchNames(b, a).score).toBeGreaterThanOrEqual(MATCH);
  });

  it.each(SAME_PERSON)('%s ↔ %s', (a, b) => {
    expect(matchNames(a, b).score).toBeGreaterThanOrEqual(MATCH);
  });
});

describe('matchNames: different names that must not match', () => {
  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(matchNames(a, b).score).toBeLessThan(0.7);
    expect(matchNames(b, a).score).toBeLessThan(0.7);
  });
});

describe('matchNames: scores and reasons', () => {
  it('the acceptance example', () => {
    const m = matchNames('Mohammad Al-Hasan', 'Muhammed El Hassan');
    expect(m.score).toBeGreaterThanOrEqual(0.85);
    expect(m.reasons).toContain('transliteration');
  });

  it('the same name folded is exact and scores 1', () => {
    expect(matchNames('İsmail Şükrü', 'ISMAIL SUKRU')).toEqual({ score: 1, reasons: ['exactName'] });
  });

  it('Mehmet is the Turkish form of Muhammad: a match, but a weaker one', () => {
    const m = matchNames('Mehmet Yılmaz', 'Muhammad Yılmaz');
    expect(m.reasons).toContain('turkishForm');
    expect(m.score).toBeGreaterThanOrEqual(0.85);
    expect(m.score).toBeLessThan(matchNames('Mohammed Yılmaz', 'Muhammad Yılmaz').score);
    expect(matchNames('Mehmet', 'Muhammad').score).toBe(0.8);
  });

  it('reports a swapped order and costs a little for it', () => {
    const m = matchNames('Hasan Mohammed', 'Mohammed Hasan');
    expect(m.reasons).toContain('nameOrderSwapped');
    expect(m.score).toBeLessThan(1);
  });

  it('reports a particle present on one side only', () => {
    expect(matchNames('Al-Hasan', 'Hasan').reasons).toContain('particleDropped');
    expect(matchNames('Alhasan', 'Hasan').reasons).toContain('particleDropped');
    expect(matchNames('Mohammed bin Salman', 'Mohammed Salman').reasons).toContain('particleDropped');
    expect(matchNames('Al-Hasan', 'El-Hasan').reasons).not.toContain('particleDropped');
  });

  it('an extra middle name is a partial match, still above the threshold', () => {
    const m = matchNames('Mohammed Ali Hasan', 'Mohammed Hasan');
    expect(m.reasons).toContain('partialName');
    expect(m.score).toBeGreaterThanOrEqual(0.8);
  });

  it('one shared word is a weak partial match', () => {
    const m = matchNames('Ali', 'Ali Hasan');
    expect(m.reasons).toContain('partialName');
    expect(m.score).toBeLessThanOrEqual(0.6);
  });

  it('empty or punctuation-only names match nothing', () => {
    expect(matchNames('', 'Ali').score).toBe(0);
    expect(matchNames('--', '..').score).toBe(0);
  });

  it('compares Arabic-script names exactly, without crashing', () => {
    expect(matchNames('محمد الحسن', 'محمد الحسن').score).toBe(1);
    expect(matchNames('محمد', 'Mohammed').score).toBe(0);
  });
});

describe('normalizeName', () => {
  it('drops articles and lineage particles, keeps abd/abu as part of the name', () => {
    const words = (s: string) => normalizeName(s).tokens.map((t) => t.text);
    expect(words('Mohammed Al-Hasan')).toEqual(['mohammed', 'hasan']);
    expect(words('Omar ash-Shami')).toEqual(['omar', 'shami']);
    expect(words('Ahmad ibn Hanbal')).toEqual(['ahmad', 'hanbal']);
    expect(words('Abd al-Aziz')).toEqual(['abdaziz']);
    expect(words('Abdulaziz')).toEqual(['abdaziz']);
    expect(words('Abu Bakr')).toEqual(['abubakr']);
    expect(words('Ben Salah')).toEqual(['ben', 'salah']);
    expect(words("Ma'mun O'Neil")).toEqual(['mamun', 'oneil']);
    // `as` is only an article before a word starting with s.
    expect(words('Ali as Hasan')).toEqual(['ali', 'as', 'hasan']);
  });

  it('phonetic keys unify the common spellings', () => {
    expect(phoneticKey('khalil')).toBe(phoneticKey('halil'));
    expect(phoneticKey('uthman')).toBe(phoneticKey('osman'));
    expect(phoneticKey('jafar')).toBe(phoneticKey('cafer'.replace('e', 'a')));
    expect(phoneticKey('zeynep')).toBe('zeineb');
  });
});
