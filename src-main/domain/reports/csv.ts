import type { Report } from '../../shared/schemas/report';

/**
 * The unsealed report as CSV, one line per cell: `table,unit,dimension=value[;…],count,suppressed`.
 * Every value is a vocabulary code (the schema guarantees it), so no quoting is ever needed;
 * a value with a comma or quote would mean the schema was bypassed, and is refused.
 */
export function reportToCsv(report: Report): string {
  const lines = [
    `# emanet report v${report.schemaVersion},period=${report.period},k=${report.k},excludedForNoConsent=${report.excludedForNoConsent}`,
    'table,unit,key,count,suppressed',
  ];
  for (const t of report.tables) {
    for (const r of t.rows) {
      const key = Object.entries(r.key as Record<string, string>)
        .map(([d, v]) => `${d}=${v}`)
        .join(';');
      const fields = [t.id, t.unit, key, r.count === null ? '' : String(r.count), String(r.suppressed)];
      if (fields.some((f) => /[",\n\r]/.test(f))) throw new Error('Unexpected character in a report field');
      lines.push(fields.join(','));
    }
  }
  return lines.join('\n') + '\n';
}
