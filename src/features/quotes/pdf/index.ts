// The quote PDF renderer, imported on the first send (src/deps.ts); pdfkit and the font load inside it on first use.
export { renderQuotePdf } from './render-quote-pdf.js';
