/**
 * Inputs of the review methods of the contract (language versions, status, comments,
 * revisions). contract.ts wires them to method names; the outputs are the review engine's
 * types in src/shared/review/.
 */
import { z } from 'zod';
import { idSchema } from './domain';
import { CHECK_NAMES } from './review/findings';

/** How a new language version starts: empty, or a copy of the source to translate over. */
export const NEW_VERSION_MODES = ['empty', 'prefilled'] as const;
export type NewVersionMode = (typeof NEW_VERSION_MODES)[number];

/**
 * The release as the caller last saw it: a change based on an older revision is refused as a
 * conflict, like releases.save.
 */
export const releaseRefShape = {
  id: idSchema,
  rev: z.number().int().min(1),
};

/** A comment is a note, not a document. */
export const MAX_COMMENT_CHARS = 10_000;

export const commentTextSchema = z
  .string()
  .max(MAX_COMMENT_CHARS)
  .refine((text) => text.trim() !== '', 'a comment cannot be empty');

// --- Approval guard: what an approval with open problems must name to go through ------------

/**
 * The blocking checks and open comments the approver was shown and accepts. Main refuses the
 * approval unless these cover every one still open, and records them in the status history.
 */
export const approvalOverrideSchema = z
  .object({
    checks: z.array(z.enum(CHECK_NAMES)).max(CHECK_NAMES.length),
    comments: z.array(idSchema).max(10_000),
  })
  .strict();
export type ApprovalOverride = z.infer<typeof approvalOverrideSchema>;
