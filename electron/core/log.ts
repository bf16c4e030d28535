/**
 * The only logger in core. It takes a fixed event name and numbers or codes — never free text,
 * inputs or error messages, which may contain personal data (ARCHITECTURE.md rule 3).
 */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createStderrLogger(prefix = 'inkludmi'): Logger {
  const write = (level: string, event: string, fields?: LogFields) => {
    const extra = fields
      ? ' ' +
        Object.entries(fields)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' ')
      : '';
    process.stderr.write(`[${prefix}] ${level} ${event}${extra}\n`);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
