import { z } from 'zod';
import { openAISdkIfLoaded } from './openai-client.js';

/** The name the model sees for the structured output; tests assert it reaches the API. */
export const NEEDS_SCHEMA_NAME = 'needs_analysis';

/**
 * What the model must return. `questionKey` is a plain string rather than an enum of the team's keys: an
 * OpenAI-compatible server that does not enforce the schema may invent a key, and dropping that one answer
 * beats rejecting the whole analysis. Unknown keys are filtered after parsing.
 */
export const needsAnalysisSchema = z.object({
  answers: z
    .array(
      z.object({
        questionKey: z.string().describe('The key of the question this answers, exactly as listed.'),
        answer: z.string().describe('The answer, short, in the language of the summary.'),
        quote: z.string().describe('The exact words from the notes the answer comes from.'),
      }),
    )
    .describe('Only questions the notes actually answer.'),
  nextQuestions: z.array(z.string()).describe('Three questions to ask next, tailored to this customer.'),
  summary: z.string().describe('Two sentences summarising the customer and the deal.'),
});
export type NeedsAnalysisOutput = z.infer<typeof needsAnalysisSchema>;

/** Built for a request, so after the client's `get()` has loaded the SDK. */
export function needsResponseFormat() {
  const sdk = openAISdkIfLoaded();
  if (!sdk) throw new Error('the OpenAI SDK is loaded by the client before a request is built');
  return sdk.zodResponseFormat(needsAnalysisSchema, NEEDS_SCHEMA_NAME);
}
