/** The search box's query and its results, as the renderer and main exchange them. */
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  langSchema,
  releaseKindSchema,
  variantStatusSchema,
  type ReleaseKind,
} from '../domain';
import type { Lang } from '../languages';
import type { Snippet } from '../text/snippet';
import type { TextField } from '../text/doc-text';

export const searchQuerySchema = z
  .object({
    /** What was typed; the last word is read as a prefix unless the text ends with a space. May be empty when filters are set. */
    text: z.string().max(1000),
    /** Releases carrying every one of these tags. */
    tags: z.array(idSchema).max(50).optional(),
    /** Releases of any of these kinds. */
    kinds: z.array(releaseKindSchema).max(10).optional(),
    /** Versions in any of these statuses. */
    statuses: z.array(variantStatusSchema).max(10).optional(),
    /** Versions in any of these languages. */
    langs: z.array(langSchema).max(10).optional(),
    /** Release date range, inclusive. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchHit {
  id: string;
  /** The language version that matched best; its title and snippet are shown. */
  lang: Lang;
  /** Every version that matched, best first. */
  langs: Lang[];
  score: number;
  kind: ReleaseKind;
  date: string;
  title: string;
  field: TextField;
  snippet: Snippet;
}

export interface SearchResult {
  /** Releases matching in all (the hits are one page of them). */
  total: number;
  hits: SearchHit[];
}
