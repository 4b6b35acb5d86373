/** The quote logo form's ids, spread into src/slack/ids.ts (kept here so that file stays under 300 lines). */
export const QUOTE_LOGO_VIEWS = {
  quoteLogo: 'quote_logo',
} as const;

/** Its one input (block and element share the id). */
export const QUOTE_LOGO_BLOCKS = {
  quoteLogoFile: 'quote_logo_file',
} as const;
