/** Scoped loggers that redact secrets (message and data) before anything is written. */
import { redact } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (line: string) => void;

export interface Logger {
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  error(message: string, data?: unknown): void;
  child(scope: string): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let sink: LogSink = (line) => process.stderr.write(`${line}\n`);

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ORDER, value);
}

let minLevel: LogLevel = isLogLevel(process.env.TETHER_LOG_LEVEL) ? process.env.TETHER_LOG_LEVEL : 'warn';

/**
 * Sends every log line to `next` instead of stderr (the Electron layer points it at a file; tests capture it).
 * Returns the previous sink, so it can be put back.
 */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** Sets the lowest level that is written. */
export function setLogLevel(level: LogLevel): void {
  minLevel = level;
}

/** The lowest level that is written now (tests restore it). */
export function getLogLevel(): LogLevel {
  return minLevel;
}

/** Creates a logger whose lines start with `[scope]`. */
export function createLogger(scope: string): Logger {
  const write = (level: LogLevel, message: string, data?: unknown): void => {
    if (ORDER[level] < ORDER[minLevel]) return;
    const entry: Record<string, unknown> = { t: new Date().toISOString(), level, scope, message };
    if (data !== undefined) entry.data = data;
    sink(JSON.stringify(redact(entry)));
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
    child: (sub) => createLogger(`${scope}:${sub}`),
  };
}
