import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src-main/services/logger';

describe('redacting logger', () => {
  it('keeps numbers, booleans and identifiers, and redacts free text', () => {
    expect(redact({ ms: 12, ok: true, code: 'WRONG_PASSPHRASE', name: 'Ayşe Yılmaz', path: '/home/x/y.pdf' })).toEqual({
      ms: 12,
      ok: true,
      code: 'WRONG_PASSPHRASE',
      name: '[redacted]',
      path: '[redacted]',
    });
  });

  it('never writes a free-text event name', () => {
    const lines: string[] = [];
    createLogger((l) => lines.push(l)).info('client Mehmet opened');
    expect(lines[0]).not.toContain('Mehmet');
  });
});
