import { parseFollowUpDate, splitWhen } from '../../lib/parse/dates.js';

export type FollowUpCommand =
  | { kind: 'due' }
  | { kind: 'help' }
  | { kind: 'vacationUntil'; date: string }
  | { kind: 'vacationOff' }
  | { kind: 'set'; leadText: string; date: string; time: string | null; note: string | null }
  | { kind: 'unclear'; text: string };

const CJK = /[\u3400-\u9fff]/;

/**
 * `/followup`, `/followup help`, `/followup vacation until <date>`, `/followup vacation off`, and
 * `/followup <lead> <when> [note]`. The lead is the shortest leading text after which a date phrase starts
 * (`Acme Trading next monday call back`: lead `Acme Trading`); Chinese needs no spaces (`华为明天打电话`).
 * Anything else is `unclear`: the caller shows usage, never a guess. `today` is the caller's local date.
 */
export function parseFollowUpCommand(raw: string, today: string): FollowUpCommand {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'due' };
  const lower = text.toLowerCase();
  if (lower === 'help' || lower === '帮助') return { kind: 'help' };
  const vacation = /^(?:vacation|休假)\s*(.*)$/i.exec(text);
  if (vacation) {
    const rest = (vacation[1] ?? '').trim();
    if (/^(?:off|end|结束|取消)$/i.test(rest)) return { kind: 'vacationOff' };
    const until = /^(?:until|till|到|至)\s*(.+)$/i.exec(rest)?.[1];
    const date = until ? parseFollowUpDate(until, today) : null;
    return date && !date.time ? { kind: 'vacationUntil', date: date.date } : { kind: 'unclear', text };
  }
  for (let cut = 1; cut < text.length; cut++) {
    const before = text[cut - 1] ?? '';
    const after = text[cut] ?? '';
    if (!(before === ' ' || CJK.test(before) || CJK.test(after))) continue;
    const leadText = text.slice(0, cut).trim();
    const remainder = text.slice(cut).trim();
    if (!leadText || !remainder) continue;
    const split = splitWhen(remainder, today);
    if (split?.position !== 'leading') continue;
    return {
      kind: 'set',
      leadText,
      date: split.date.date,
      time: split.date.time ?? null,
      note: split.rest ? split.rest : null,
    };
  }
  return { kind: 'unclear', text };
}
