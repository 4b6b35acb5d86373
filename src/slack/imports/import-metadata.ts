import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from '../../features/imports/imports.types.js';
import { IMPORT_MAPPING_BLOCK_PREFIX } from '../ids.js';
import { decodeJson } from '../json-codec.js';
import type { ViewStateValues } from '../views/blocks.js';
import type { SharedFile } from './shared-file.js';

/** The import a preview modal shows. The import is looked up for the submitting user, never trusted as theirs. */
const importMetadata = z.object({ importId: z.number().int().positive() });
export type ImportMetadata = z.infer<typeof importMetadata>;

export const encodeImportMetadata = (metadata: ImportMetadata) => JSON.stringify(metadata);

export const decodeImportMetadata = (raw: string | undefined): ImportMetadata | undefined =>
  decodeJson(importMetadata, raw);

export const mappingBlockId = (field: ImportField) => `${IMPORT_MAPPING_BLOCK_PREFIX}${field}`;

/** The column chosen for each field in the preview's selects (`none` or no choice = not imported). */
export function mappingFromState(values: ViewStateValues): Record<string, number> {
  const mapping: Record<string, number> = {};
  for (const field of IMPORT_FIELDS) {
    const id = mappingBlockId(field);
    const value = values[id]?.[id]?.selected_option?.value;
    if (value !== undefined && /^\d+$/.test(value)) mapping[field] = Number(value);
  }
  return mapping;
}

/** The file a `file_input` block received, as Slack describes it (id, name, size, download URL). */
export function uploadedFile(values: ViewStateValues, blockId: string): SharedFile | undefined {
  const element = values[blockId]?.[blockId] as { files?: Partial<SharedFile>[] } | undefined;
  const file = element?.files?.[0];
  return file?.id ? ({ ...file, id: file.id } as SharedFile) : undefined;
}
