import type { LogLevel } from '@nestjs/common';

const ORDER: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const NEST_LEVEL: Readonly<Record<string, LogLevel>> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  info: 'log',
  debug: 'debug',
};

/** Maps LOG_LEVEL (pino names) onto Nest's logger levels; `silent` turns logging off. */
export function nestLogLevels(level: string): LogLevel[] | false {
  if (level === 'silent') return false;
  const upTo = ORDER.indexOf(NEST_LEVEL[level] ?? 'log');
  return ORDER.slice(0, upTo + 1);
}
