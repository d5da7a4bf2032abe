import { describe, expect, it } from 'vitest';
import glossaryJson from '../../resources/glossary.json' with { type: 'json' };
import { matchGlossary } from '../../src-main/domain/glossary/match';
import { glossaryFileSchema } from '../../src-main/shared/schemas/glossary';

const terms = glossaryFileSchema.parse(glossaryJson).terms;
const ids = (query: string): string[] => matchGlossary(terms, query).map((t) => t.id);

describe('glossary matching for the global search', () => {
  it('folds Turkish letters and case on both sides: İ/ı, ö/o, ü/u', () => {
    for (const q of ['idari gozetim', 'İDARİ GÖZETİM', 'idari gözetim', 'IDARI GOZETIM', 'İdarİ gÖzetİm'])
      expect(ids(q)[0], q).toBe('idari-gozetim');
    expect(ids('YÜRÜTMEYİ DURDURMA')[0]).toBe('yurutmeyi-durdurma');
    expect(ids('sinir disi')[0]).toBe('sinir-disi-etme');
    expect(ids('SINIR DIŞI')[0]).toBe('sinir-disi-etme');
  });

  it('finds by the English name and by word prefixes; every typed word must match', () => {
    expect(ids('stay of exec')[0]).toBe('yurutmeyi-durdurma');
    expect(ids('removal centre')[0]).toBe('geri-gonderme-merkezi');
    expect(ids('gözetim')).toContain('idari-gozetim');
    expect(ids('gözetim zebra')).toEqual([]);
  });

  it('puts name matches before terms found only in their explanation', () => {
    // "gözetim" is the name of one term and appears in the explanation of the removal centre.
    const found = ids('gözetim');
    expect(found[0]).toBe('idari-gozetim');
    expect(found).toContain('geri-gonderme-merkezi');
  });

  it('answers nothing for empty or punctuation-only input, and at most the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  "*:  ')).toEqual([]);
    expect(matchGlossary(terms, 'e', 3).length).toBeLessThanOrEqual(3);
  });

  it('every shipped term carries its source and both names', () => {
    for (const term of terms) {
      expect(term.source.length, term.id).toBeGreaterThan(5);
      expect(term.termEn.length, term.id).toBeGreaterThan(1);
    }
  });
});
