import { z } from 'zod';
import { IMPORT_KINDS } from '../../features/imports/imports.types.js';
import { IMPORT_MAPPING_BLOCK_PREFIX } from '../ids.js';
import { decodeJson } from '../json-codec.js';
import type { ViewStateValues } from '../views/blocks.js';
import type { SharedFile } from './shared-file.js';

/** The import a preview modal shows. The import is looked up for the submitting user, never trusted as theirs. */
// `recheck`: nothing was importable, so the submit button (which Slack requires beside input blocks) checks again.
const importMetadata = z.object({ importId: z.number().int().positive(), recheck: z.boolean().optional() });
export type ImportMetadata = z.infer<typeof importMetadata>;

export const encodeImportMetadata = (metadata: ImportMetadata) => JSON.stringify(metadata);

export const decodeImportMetadata = (raw: string | undefined): ImportMetadata | undefined =>
  decodeJson(importMetadata, raw);

/**
 * What the upload modal's file is for: leads (no metadata, as before price lists), or a price list. The list is
 * checked again for the submitting user (who may import it, and whether it is still active).
 */
const uploadMetadata = z.object({
  kind: z.enum(IMPORT_KINDS),
  priceListId: z.number().int().positive().optional(),
});
export type UploadMetadata = z.infer<typeof uploadMetadata>;

export const encodeUploadMetadata = (metadata: UploadMetadata) => JSON.stringify(metadata);

export const decodeUploadMetadata = (raw: string | undefined): UploadMetadata =>
  decodeJson(uploadMetadata, raw) ?? { kind: 'leads' };

export const mappingBlockId = (field: string) => `${IMPORT_MAPPING_BLOCK_PREFIX}${field}`;

/**
 * The column chosen for each field in the preview's selects (`none` or no choice = not imported), whatever the
 * import's kind: the use case keeps only the kind's own fields.
 */
export function mappingFromState(values: ViewStateValues): Record<string, number> {
  const mapping: Record<string, number> = {};
  for (const [blockId, block] of Object.entries(values)) {
    if (!blockId.startsWith(IMPORT_MAPPING_BLOCK_PREFIX)) continue;
    const value = block[blockId]?.selected_option?.value;
    if (value !== undefined && /^\d+$/.test(value))
      mapping[blockId.slice(IMPORT_MAPPING_BLOCK_PREFIX.length)] = Number(value);
  }
  return mapping;
}

/** The file a `file_input` block received, as Slack describes it (id, name, size, download URL). */
export function uploadedFile(values: ViewStateValues, blockId: string): SharedFile | undefined {
  const element = values[blockId]?.[blockId] as { files?: Partial<SharedFile>[] } | undefined;
  const file = element?.files?.[0];
  return file?.id ? ({ ...file, id: file.id } as SharedFile) : undefined;
}
