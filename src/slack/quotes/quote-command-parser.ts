/** `/quote …` arguments. Pure: the listener turns each kind into one use case. */
export type QuoteCommand =
  | { kind: 'help' }
  | { kind: 'list'; filterText: string }
  | { kind: 'export'; filterText: string }
  | { kind: 'show'; number: string; version: number | null }
  | { kind: 'build'; leadText: string };

const NUMBER = /^([A-Za-z]{1,10}-\d{4}-\d{4,})(?:\s+v(\d{1,4}))?$/;

export function parseQuoteCommand(text: string): QuoteCommand {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed || /^(help|帮助)$/i.test(trimmed)) return { kind: 'help' };
  const [first = '', ...rest] = trimmed.split(' ');
  if (/^list$/i.test(first)) return { kind: 'list', filterText: rest.join(' ') };
  if (/^export$/i.test(first)) return { kind: 'export', filterText: rest.join(' ') };
  const number = NUMBER.exec(trimmed);
  if (number?.[1])
    return { kind: 'show', number: number[1].toUpperCase(), version: number[2] ? Number(number[2]) : null };
  return { kind: 'build', leadText: trimmed };
}
