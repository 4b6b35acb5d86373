/**
 * Who wrote or said a line of text pasted into the notes: a chat log ("10:02 王经理: …", "[9:14 AM] Jordan
 * Wells: …", or a header line "物流部-陈经理 2026/10/09 14:22" over the message), a call transcript
 * ("老板语音（转文字）：'…'"), a forwarded email (its body, after a From: / 发件人 header) or a quoted line
 * ("> …"). LABELLING.md ("Quoted text"): there "we" / "our" / "我们" mean whoever wrote that part, and "I
 * decide" names the speaker.
 */

/** The rep's own side in a chat: "me:", "我:", "小林(我):", "我司-小吴:", "【张销售】:". */
const REP_LABEL = /^(?:me|I|我|rep)$|我司|我方|[(（]我[)）]|销售|\bours?\b/i;
/** A label that introduces a transcript of what one person said. */
const TRANSCRIPT_LABEL = /语音|转文字|转写|录音|纪要|电话|transcript|voicemail|voice ?mail/i;
/** A time stamp or bracketed stamp before a chat label: "[9:14 AM] ", "10:02 ", "18:02 ". */
const STAMP = String.raw`^\s*(?:\[[^\]\n]{1,24}\]\s*)?(?:\d{1,2}:\d{2}(?:\s?[AP]M)?\s+)?`;
const LABELLED_LINE = new RegExp(`${STAMP}([^:：\\n]{1,30}?)\\s*[:：]`, 'i');
const STAMPED = /^\s*(?:\[[^\]\n]{1,24}\]|\d{1,2}:\d{2})/;
/** A WeChat-style header over the message: "王哥🚗 09-14 20:31", "物流部-陈经理 2026/10/09 14:22". */
const HEADER_LINE = /^\s*(\S.{0,29}?)\s+(?:\d{4}[/-])?\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}\s*$/;
/** A forwarded or replied email's header: its body is the sender's voice. */
const EMAIL_HEADER = /^[ \t]*(?:>[ \t]*)*(?:from|发件人)[ \t]*[:：]/gim;

export interface Speaker {
  /** The label as written ("王经理", "老板语音（转文字）", "Dr. Shah"). */
  label: string;
  /** Offset of the label in the notes. */
  index: number;
}

/** The speaker of the line holding `index`, when the notes are a chat or a transcript; null otherwise. */
export function speakerAt(notes: string, index: number): Speaker | null {
  const start = notes.lastIndexOf('\n', index - 1) + 1;
  const line = notes.slice(start, lineEnd(notes, start));
  const labelled = LABELLED_LINE.exec(line);
  if (labelled?.[1] && start + labelled[0].length <= index) {
    const label = labelled[1].trim();
    // A CRM field ("预算: 50w") is not a speaker: a chat label is stamped, repeated, or names a transcript.
    if (TRANSCRIPT_LABEL.test(label) || STAMPED.test(line) || opensLines(notes, label) >= 2)
      return { label, index: start + labelled[0].indexOf(label) };
  }
  if (start === 0) return null;
  const previousStart = notes.lastIndexOf('\n', start - 2) + 1;
  const header = HEADER_LINE.exec(notes.slice(previousStart, start - 1));
  return header?.[1] ? { label: header[1], index: previousStart + header[0].indexOf(header[1]) } : null;
}

/** Whether the words at `index` are the customer's own: a chat line not by the rep, an email body, a quote. */
export function inCustomerVoice(notes: string, index: number): boolean {
  const start = notes.lastIndexOf('\n', index - 1) + 1;
  if (/^\s*>/.test(notes.slice(start, index))) return true;
  const speaker = speakerAt(notes, index);
  if (speaker) return !isRep(speaker.label);
  for (const header of notes.matchAll(EMAIL_HEADER)) {
    // A quoted header ("> From: …") quotes only the lines marked with ">", handled above.
    if ((header.index ?? 0) < index && !/>/.test(header[0])) return true;
  }
  return false;
}

export function isRep(label: string): boolean {
  return REP_LABEL.test(label.trim());
}

function lineEnd(notes: string, start: number): number {
  const end = notes.indexOf('\n', start);
  return end < 0 ? notes.length : end;
}

/** How many lines open with `label:` (a chat's speaker label repeats; a CRM field's does not). */
function opensLines(notes: string, label: string): number {
  let count = 0;
  for (const line of notes.split('\n')) {
    const m = LABELLED_LINE.exec(line);
    if (m?.[1]?.trim() === label) count++;
  }
  return count;
}
