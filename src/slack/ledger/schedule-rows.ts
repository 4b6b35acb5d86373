/** The schedule modal's text, one installment a line (`2026-04-01 30000`, `2026-04-01：3万`), as rows. */
export function parseScheduleRows(text: string | null | undefined): { dueOn: string; amount: string }[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+?)[\s,，:：]+(.+)$/.exec(line);
      return match ? { dueOn: match[1] ?? '', amount: (match[2] ?? '').trim() } : { dueOn: line, amount: '' };
    });
}
