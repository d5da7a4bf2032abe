/**
 * The one logger. It accepts an event name and a small set of fields whose values are numbers,
 * booleans or short identifiers (error codes, channel names) — never free text, so client data
 * cannot reach a log by accident. Anything else is dropped and marked as redacted.
 */
export type LogField = number | boolean | string;
export type LogFields = Record<string, LogField>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const SAFE_TEXT = /^[A-Za-z0-9_:.-]{0,64}$/;

export function redact(fields: LogFields = {}): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!SAFE_TEXT.test(key)) continue;
    out[key] = typeof value === 'string' && !SAFE_TEXT.test(value) ? '[redacted]' : value;
  }
  return out;
}

export function createLogger(write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const emit = (level: string, event: string, fields?: LogFields) =>
    write(JSON.stringify({ level, event: SAFE_TEXT.test(event) ? event : '[redacted]', ...redact(fields) }));
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
