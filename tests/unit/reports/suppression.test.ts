import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTableForTest, rankOf } from './helpers';
import { linesFor, suppressCells, suppressTables, type CountTable, type Line } from '../../../src-main/domain/reports';

/**
 * An independent check of "derivable": a hidden cell can be recomputed from the published cells
 * and the known line totals exactly when adding its unit vector does not raise the rank of the
 * system restricted to hidden cells (rank test, not the elimination the implementation uses).
 */
function derivableCells(hidden: readonly boolean[], lines: readonly Line[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const rows = lines.map((l) => unknowns.map((u) => l.cells.reduce((s, c, j) => s + (c === u ? (l.coeffs?.[j] ?? 1) : 0), 0)));
  const base = rankOf(rows);
  return unknowns.filter((u, col) => rankOf([...rows, unknowns.map((_, j) => (j === col ? 1 : 0))]) === base);
}

const gridLines = (rows: number, cols: number): Line[] => [
  ...Array.from({ length: rows }, (_, r) => ({ cells: Array.from({ length: cols }, (_, c) => r * cols + c) })),
  ...Array.from({ length: cols }, (_, c) => ({ cells: Array.from({ length: rows }, (_, r) => r * cols + c) })),
];

describe('small-cell suppression', () => {
  it('hides 0 < n < k and publishes zeros and counts of at least k', () => {
    const hidden = suppressCells({ values: [0, 1, 4, 5, 9, 2], lines: [], k: 5 });
    expect(hidden).toEqual([false, true, true, false, false, true]);
  });

  it('a single small cell in a one-dimensional table takes the smallest non-zero cell with it', () => {
    const values = [12, 3, 0, 7, 30];
    const hidden = suppressCells({ values, lines: [{ cells: [0, 1, 2, 3, 4] }], k: 5 });
    // 3 alone could be recomputed from the total; 7 (smallest non-zero published) goes with it.
    expect(hidden).toEqual([false, true, false, true, false]);
  });

  it('in a cross-tab, rows and columns both end with zero or at least two hidden cells', () => {
    // 3 x 3:   2 10 10 / 10 10 10 / 10 10 10 → the classic four-cell rectangle.
    const values = [2, 10, 10, 10, 10, 10, 10, 10, 10];
    const lines = gridLines(3, 3);
    const hidden = suppressCells({ values, lines, k: 5 });
    expect(hidden.filter(Boolean)).toHaveLength(4);
    expect(derivableCells(hidden, lines)).toEqual([]);
  });

  it('a table where everything is small is hidden entirely and nothing can be recomputed', () => {
    const lines = gridLines(2, 2);
    const hidden = suppressCells({ values: [1, 2, 1, 1], lines, k: 5 });
    expect(hidden).toEqual([true, true, true, true]);
    expect(derivableCells(hidden, lines)).toEqual([]);
  });

  it('outcomes of a case type cannot be added up to reveal a hidden closed count (linked tables)', () => {
    const cases: CountTable = emptyTableForTest('cases.by-type', ['caseType', 'measure'], [['a', 'b'], ['opened', 'active', 'closed']]);
    const outcomes: CountTable = emptyTableForTest('outcomes.by-type', ['caseType', 'outcome'], [['a', 'b'], ['granted', 'rejected']]);
    // type a: 2 closed, both granted; every other cell comfortably large.
    [20, 40, 2, 20, 40, 30].forEach((v, i) => (cases.cells[i]!.value = v));
    [2, 0, 15, 15].forEach((v, i) => (outcomes.cells[i]!.value = v));
    const [c, o] = suppressTables([cases, outcomes], 5);
    const closedA = c!.rows.find((r) => r.key.caseType === 'a' && r.key.measure === 'closed')!;
    expect(closedA.suppressed).toBe(true);
    const rowA = o!.rows.filter((r) => r.key.caseType === 'a');
    expect(rowA.some((r) => r.suppressed && r.key.outcome === 'granted')).toBe(true);
    // Whatever else is published, the hidden closed cell is not derivable through the link.
    const all = [...c!.rows, ...o!.rows];
    const lines = linesFor([cases, outcomes], [0, cases.cells.length]);
    expect(derivableCells(all.map((r) => r.suppressed), lines)).toEqual([]);
  });

  it('property: random one- and two-dimensional tables publish no 0 < n < k and hide nothing derivable', () => {
    const table = fc
      .record({
        rows: fc.integer({ min: 1, max: 6 }),
        cols: fc.integer({ min: 2, max: 6 }),
        k: fc.integer({ min: 3, max: 10 }),
        seed: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 36,
          maxLength: 36,
        }),
      })
      .map(({ rows, cols, k, seed }) => ({ rows, cols, k, values: seed.slice(0, rows * cols) }));
    fc.assert(
      fc.property(table, ({ rows, cols, k, values }) => {
        const lines = rows === 1 ? [{ cells: values.map((_, i) => i) }] : gridLines(rows, cols);
        const hidden = suppressCells({ values, lines, k });
        values.forEach((v, i) => {
          if (!hidden[i]) expect(v === 0 || v >= k).toBe(true);
        });
        expect(derivableCells(hidden, lines)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
