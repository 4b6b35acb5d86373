export type NeedsCommand =
  | { kind: 'help' }
  | { kind: 'open'; leadId: number }
  | { kind: 'search'; text: string }
  | { kind: 'listQuestions' }
  | { kind: 'addQuestion'; text: string }
  | { kind: 'removeQuestion'; key: string }
  | { kind: 'listCompetitors' }
  | { kind: 'addCompetitor'; name: string }
  | { kind: 'removeCompetitor'; name: string };

/**
 * `/needs <lead text | #id>`, `/needs questions`, `/needs question add|remove …`,
 * `/needs competitors [add|remove <name>]`, `/needs help`.
 */
export function parseNeedsCommand(raw: string): NeedsCommand {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (text === '' || lower === 'help' || text === '帮助') return { kind: 'help' };
  const byId = /^#(\d{1,15})$/.exec(text);
  if (byId?.[1]) return { kind: 'open', leadId: Number(byId[1]) };
  const [first = '', second = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const verb = second.toLowerCase();
  const tail = text.replace(/^\S+\s+\S+\s*/, '');
  if (word === 'questions' || (word === 'question' && (verb === 'list' || verb === ''))) {
    if (word === 'questions' && verb !== '' && verb !== 'list') return { kind: 'help' };
    return { kind: 'listQuestions' };
  }
  if (word === 'question') {
    if (verb === 'add' && rest.length) return { kind: 'addQuestion', text: tail };
    if ((verb === 'remove' || verb === 'delete') && rest.length) return { kind: 'removeQuestion', key: tail };
    return { kind: 'help' };
  }
  if (word === 'competitors' || word === 'competitor') {
    if (verb === '' || verb === 'list') return { kind: 'listCompetitors' };
    if (verb === 'add' && rest.length) return { kind: 'addCompetitor', name: tail };
    if ((verb === 'remove' || verb === 'delete') && rest.length)
      return { kind: 'removeCompetitor', name: tail };
    return { kind: 'help' };
  }
  return { kind: 'search', text };
}
