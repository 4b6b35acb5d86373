/** `/discount <lead> <percent>`: the last number is the percent, the rest finds the lead as `/lead <text>` does. */
export function parseDiscountCommand(raw: string): { leadText: string; percent: string | undefined } {
  const text = raw.trim();
  const match = /^(.*?)\s+(\d{1,3}(?:\.\d{1,2})?)\s*[%％]?$/.exec(text);
  if (match?.[1]?.trim()) return { leadText: match[1].trim(), percent: match[2] };
  return { leadText: text, percent: undefined };
}

/** `#42` (or a bare id after `#`) names a lead directly; anything else is search text. */
export function leadIdOf(text: string): number | undefined {
  const match = /^#(\d{1,15})$/.exec(text.trim());
  return match?.[1] ? Number(match[1]) : undefined;
}

/** What a "Choose" button in the several-matches list carries back: which request to open for which lead. */
export function encodePick(pick: {
  kind: 'discount' | 'contract';
  leadId: number;
  percent?: string;
}): string {
  return JSON.stringify({ k: pick.kind, l: pick.leadId, p: pick.percent });
}

export function decodePick(
  value: string | undefined,
): { kind: 'discount' | 'contract'; leadId: number; percent?: string } | undefined {
  try {
    const { k, l, p } = JSON.parse(value ?? '') as { k?: string; l?: number; p?: string };
    if ((k !== 'discount' && k !== 'contract') || typeof l !== 'number') return undefined;
    return { kind: k, leadId: l, ...(typeof p === 'string' ? { percent: p } : {}) };
  } catch {
    return undefined;
  }
}
