/**
 * The guard before an approval. Open blocking findings or open comments do not stop it, but
 * the caller must name them in an explicit override (as the export gate asks for one), and
 * what was set aside goes into the status history. With four-eyes review on, the approver
 * must be someone else than the last editor of the text and the one who sent it for review;
 * that has no override.
 */
import type { Release, StatusChange, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { ApprovalCheck, FourEyesRole } from '@shared/review/approval';
import type { ApprovalOverride } from '@shared/review-api';
import { AppError } from '../errors';
import { checkVerdicts } from '../export-jobs/check-gate';
import { authorOf, versionOf, type ReviewContext } from './context';

/** Names are typed by people: "anna petrova " is Anna Petrova. */
function sameName(a: string, b: string): boolean {
  const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

function fourEyesRefusal(
  variant: Variant,
  approver: string,
): { role: FourEyesRole; name: string } | null {
  const editor = variant.editedBy;
  if (editor !== undefined && sameName(editor, approver)) return { role: 'last-editor', name: editor };
  const submitter = variant.statusHistory.findLast((change) => change.status === 'in-review')?.by;
  if (submitter !== undefined && sameName(submitter, approver))
    return { role: 'submitter', name: submitter };
  return null;
}

export function approvalCheck(ctx: ReviewContext, release: Release, lang: Lang): ApprovalCheck {
  const variant = versionOf(release, lang);
  const verdicts = checkVerdicts(release, ctx.library.listVocabulary());
  const on = ctx.library.getSettings().fourEyes === true;
  return {
    lang,
    rev: release.rev,
    blocking: verdicts[lang]?.blocking ?? [],
    openComments: release.comments.filter((c) => c.lang === lang && c.resolvedAt === null),
    fourEyes: { on, refused: on ? fourEyesRefusal(variant, authorOf(ctx)) : null },
  };
}

/**
 * Refuses the approval, or says what it overrides (undefined when nothing was open). An
 * override naming less than what is open now (a comment added since the dialog) is refused.
 */
export function guardApproval(
  ctx: ReviewContext,
  release: Release,
  lang: Lang,
  override: ApprovalOverride | undefined,
): StatusChange['override'] {
  const check = approvalCheck(ctx, release, lang);
  if (check.fourEyes.on && authorOf(ctx).trim() === '')
    throw new AppError('four-eyes', 'four-eyes review needs the approver’s name (settings.userName)');
  const refused = check.fourEyes.refused;
  if (refused) throw new AppError('four-eyes', `${refused.name} is the ${refused.role} of ${lang}`);

  const counts = new Map<string, number>();
  for (const finding of check.blocking) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  const comments = check.openComments.map((c) => c.id);
  if (counts.size === 0 && comments.length === 0) return undefined;

  const acceptedChecks = new Set<string>(override?.checks ?? []);
  const acceptedComments = new Set(override?.comments ?? []);
  const unaccepted = [
    ...[...counts.keys()].filter((name) => !acceptedChecks.has(name)).map((name) => `check ${name}`),
    ...comments.filter((id) => !acceptedComments.has(id)).map((id) => `comment ${id}`),
  ];
  if (unaccepted.length > 0)
    throw new AppError('approval-needs-override', `not accepted: ${unaccepted.join(', ')}`);
  return {
    findings: [...counts].map(([name, count]) => ({ check: name, count })),
    comments,
  };
}
