export const needsEn = {
  'needs.modal.title': 'Needs analysis',
  'needs.modal.intro': '*{lead}* · {completeness}% complete · {open} of {total} questions open',
  'needs.modal.notesLabel': 'Call notes',
  'needs.modal.notesHint':
    'Paste raw notes (Chinese or English) and press Analyze: answers are proposed below. Nothing is saved until you press Save; the notes are kept in the lead’s history.',
  'needs.modal.analyze': 'Analyze',
  'needs.modal.analyzing': ':hourglass_flowing_sand: Analyzing the notes…',
  'needs.modal.notesEmpty': 'Paste call notes first, then press Analyze.',
  'needs.modal.pathAi': ':sparkles: Proposed by AI. Check each answer before saving.',
  'needs.modal.pathFallback':
    ':mag: Proposed by the built-in extractor because {reason}. Check each answer before saving.',
  'needs.modal.summary': '*Summary:* {summary}',
  'needs.modal.askNext': '*Ask next:*\n{questions}',
  'needs.modal.pathAiWithExtractor':
    ':sparkles: Proposed by AI; {count} answer(s) the AI left empty come from the built-in extractor (marked below). Check each answer before saving.',
  'needs.modal.proposedHint': 'From the notes: “{quote}”',
  'needs.modal.extractorHint': 'Found by the built-in extractor, not the AI: “{quote}”',
  'needs.modal.proposalDiffers': 'The notes suggest: {answer} (“{quote}”)',
  'needs.modal.phase.past': '*Why they are buying* (the past)',
  'needs.modal.phase.present': '*What they need* (the present)',
  'needs.modal.phase.future': '*How they will choose* (the future)',
  'needs.modal.intentLabel': 'Intent (changes only if you pick one)',
  'needs.modal.intentHint': 'Suggested: {intent} ({why})',
  'needs.modal.keepStage': 'Keep the stage at “{stage}” (do not move to Needs analysis)',
  'needs.modal.stageLabel': 'Stage',
  'needs.modal.tooManyQuestions': '{count} more questions are not shown; answer them after saving.',

  'needs.reason.no_key': 'no OpenAI key is set',
  'needs.reason.timeout': 'the AI did not answer in time',
  'needs.reason.error': 'the AI service returned an error',
  'needs.reason.unparseable': 'the AI answer could not be read',
  'needs.reason.declined': 'the AI declined to answer',
  'needs.reason.cut_short': 'the AI answer was cut short',
  'needs.reason.filtered': 'the AI service’s content filter withheld the answer',

  'needs.group.need': 'Need',
  'needs.group.budget': 'Budget',
  'needs.group.authority': 'Authority',
  'needs.group.timeline': 'Timeline',
  'needs.group.competition': 'Competition',
  'needs.group.criteria': 'Criteria',
  'needs.group.custom': 'Team',

  'needs.why.budget': 'budget known',
  'needs.why.decisionMaker': 'decision maker identified',
  'needs.why.need': 'need known',
  'needs.why.within': 'buying within {days} days',
  'needs.why.noDate': 'no purchase date yet',
  'needs.why.nothing': 'little is known yet',

  'needs.card.suggestion': '*Suggested intent:* {intent} ({why})',
  'needs.card.next': '*Next questions to ask:*\n{questions}',
  'needs.card.allAnswered': '*Needs analysis:* every question is answered.',

  'needs.saved': 'Needs analysis of lead #{id} *{company}* saved: {completeness}% complete.',
  'needs.thread.summary':
    '{user} updated the needs analysis: {completeness}% complete, suggested intent {intent}.',
  'needs.thread.answer': '• *{question}* {answer}',

  'needs.usage':
    '*/needs* &lt;company, contact or #id&gt; — open the needs analysis of a lead\n*/needs questions* — the team’s own questions\n*/needs question add* &lt;text&gt; [| &lt;中文&gt;] — add a question (admins)\n*/needs question remove* &lt;custom_id&gt; — remove one (admins)\n*/needs competitors* [add | remove &lt;name&gt;] — the competitor list (admins change it)',
  'needs.noMatch': 'No lead matches “{text}”. Try part of a company, contact, phone or email, or `#42`.',
  'needs.pick': 'Several leads match “{text}”. Pick one:',
  'needs.pickButton': 'Needs analysis',
  'needs.question.added': 'Question `{key}` added: {text}',
  'needs.question.removed': 'Question `{key}` removed. Its past answers stay in the history.',
  'needs.question.list': '*Team questions* (asked after the built-in ones):\n{list}',
  'needs.question.none': 'No team questions yet. Admins add one with `/needs question add &lt;text&gt;`.',
  'needs.competitor.added': 'Added *{name}* to the competitor list.',
  'needs.competitor.exists': '*{name}* is already on the competitor list.',
  'needs.competitor.removed': 'Removed *{name}* from the competitor list.',
  'needs.competitor.notFound': '*{name}* is not on the competitor list.',
  'needs.competitor.list': '*Competitors:* {list}',
  'needs.competitor.none':
    'No competitors listed yet. Admins add one with `/needs competitors add &lt;name&gt;`.',

  'needs.error.adminOnly':
    'Only Salesflow admins can change the team’s questions and competitors. See them with `/needs questions` or `/needs competitors`; for a change, ask an admin (`/salesflow team` lists them).',
  'needs.error.questionInvalid':
    'Give a question (or name) of at most 300 characters, e.g. `/needs question add Who signs the contract? | 谁签合同？`; a team has at most 40 questions (remove one with `/needs question remove` and its id from `/needs questions`).',
  'needs.error.questionNotFound': 'No team question `{key}`. Type `/needs questions` to see them.',
  'needs.error.conflict':
    'Someone saved this lead’s needs at the same moment, so yours were not saved. Open it again with `/needs #{id}` and re-check.',
} as const;
