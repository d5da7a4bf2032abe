/**
 * Issue 14, words (acceptance 3): one term per concept. Walks every message of tr and en and fails
 * on a variant the glossary (src-renderer/src/i18n/glossary.ts) forbids.
 */
import { describe, expect, it } from 'vitest';
import { en, tr } from '../../src-renderer/src/i18n/resources';
import { GLOSSARY, glossaryViolations } from '../../src-renderer/src/i18n/glossary';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

function violations(tree: Tree, language: 'tr' | 'en'): string[] {
  return leaves(tree).flatMap(([key, text]) => glossaryViolations(text, language).map((v) => `${key} — ${v}`));
}

describe('glossary: one term per concept', () => {
  it('every Turkish message uses the glossary terms', () => {
    expect(violations(tr, 'tr')).toEqual([]);
  });

  it('every English message uses the glossary terms', () => {
    expect(violations(en, 'en')).toEqual([]);
  });

  it('catches a forbidden variant (a small fixture proves the check is live)', () => {
    const fixture = {
      timeline: { addTime: 'Süre kaydı ekle', ok: 'Çalışma kaydı ekle', deadline: 'Süre kaydedildi.' },
      client: { copied: 'Kopyalandı. Pano 30 saniye sonra temizlenecek.' },
      reports: { period: '2026-Q3', hours: 'Gönüllü saat', overdue: '3 gün geçti' },
      wipe: { type: 'Onaylamak için WIPE yazın' },
    };
    expect(violations(fixture, 'tr').map((v) => v.split(' — ')[0])).toEqual([
      'timeline.addTime',
      'client.copied',
      'reports.period',
      'reports.hours',
      'reports.overdue',
      'wipe.type',
    ]);
    expect(violations({ hours: 'Volunteer hours' }, 'en')).toHaveLength(1);
  });

  it('each concept names its terms in both languages', () => {
    for (const entry of GLOSSARY) {
      expect(entry.tr.length, entry.concept).toBeGreaterThan(0);
      expect(entry.en.length, entry.concept).toBeGreaterThan(0);
    }
  });
});
