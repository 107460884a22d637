/**
 * The export gate: which language versions may go into a package. By default only approved,
 * current versions that pass their checks do; the others are listed with their problems and
 * go in only when the caller names them in an explicit override, which the manifest records.
 *
 * A translation is current when its source base (the source's fingerprints when it was last
 * brought up to date) still matches the source; one without a source base was never compared
 * and counts as not known to be current. Translation checks are pluggable: the caller passes
 * the failures of whatever checks it ran (src/shared/review's runChecks) as `findings`.
 */
import type { Release } from '@shared/domain';
import type { GateProblem } from '@shared/export-api';
import { LANGS, type Lang } from '@shared/languages';
import { paragraphsOf } from '@shared/review/paragraphs';
import { baseMatches } from '@shared/review/source-base';

/** A failed check on one language version, from the review checks or any other source. */
export interface CheckFinding {
  lang: Lang;
  /** Name of the check, e.g. "numbers" or "terminology". */
  check: string;
  message: string;
}

export interface LanguageDecision {
  lang: Lang;
  included: boolean;
  problems: GateProblem[];
  /** Included despite its problems because the caller named it in the override. */
  overridden: boolean;
}

export interface GateResult {
  decisions: LanguageDecision[];
  included: Lang[];
  /** Versions left out, with their problems: what the user is shown before exporting. */
  blocked: LanguageDecision[];
}

export interface GateOptions {
  /** Languages asked for; all the release has when absent. */
  langs?: readonly Lang[];
  findings?: readonly CheckFinding[];
  /** Languages to include despite their problems (a missing or an empty version cannot be). */
  override?: readonly Lang[];
}

/** Whether a translation lags behind its source; null for the source itself and current ones. */
export function currencyProblem(release: Release, lang: Lang): GateProblem | null {
  const variant = release.variants[lang];
  const source = release.variants[release.sourceLang];
  if (!variant || !source || lang === release.sourceLang) return null;
  const base = variant.sourceBase;
  if (!base || base.sourceLang !== release.sourceLang) return { code: 'untracked' };
  return baseMatches(base, source) ? null : { code: 'outdated', recordedAt: base.recordedAt };
}

/**
 * A version with no title or no text. No override lets it out: a package with an empty
 * language is never what anyone meant, whatever else they chose to accept.
 */
export function emptinessProblems(release: Release, lang: Lang): GateProblem[] {
  const variant = release.variants[lang];
  if (!variant) return [];
  const problems: GateProblem[] = [];
  if (variant.title.trim() === '') problems.push({ code: 'empty', part: 'title' });
  if (paragraphsOf(variant.body).every((p) => p.text.trim() === ''))
    problems.push({ code: 'empty', part: 'body' });
  return problems;
}

/** Problems no override can set aside. */
export function isUnoverridable(problem: GateProblem): boolean {
  return problem.code === 'missing' || problem.code === 'empty';
}

function problemsOf(
  release: Release,
  lang: Lang,
  findings: readonly CheckFinding[],
): GateProblem[] {
  const variant = release.variants[lang];
  if (!variant) return [{ code: 'missing' }];
  const problems: GateProblem[] = emptinessProblems(release, lang);
  if (variant.status !== 'approved')
    problems.push({ code: 'not-approved', status: variant.status });
  const currency = currencyProblem(release, lang);
  if (currency) problems.push(currency);
  for (const finding of findings) {
    if (finding.lang === lang) {
      problems.push({ code: 'check-failed', check: finding.check, message: finding.message });
    }
  }
  return problems;
}

export function evaluateGate(release: Release, options: GateOptions = {}): GateResult {
  const wanted = options.langs ?? LANGS.filter((lang) => release.variants[lang]);
  const override = new Set(options.override ?? []);
  const decisions = LANGS.filter((lang) => wanted.includes(lang)).map((lang): LanguageDecision => {
    const problems = problemsOf(release, lang, options.findings ?? []);
    const locked = problems.some(isUnoverridable);
    const overridden = problems.length > 0 && !locked && override.has(lang);
    return { lang, included: problems.length === 0 || overridden, problems, overridden };
  });
  return {
    decisions,
    included: decisions.filter((d) => d.included).map((d) => d.lang),
    blocked: decisions.filter((d) => !d.included),
  };
}

/** One line per problem, for the CLI and logs. */
export function describeProblem(problem: GateProblem): string {
  switch (problem.code) {
    case 'missing':
      return 'no such language version';
    case 'empty':
      return problem.part === 'title' ? 'the title is empty' : 'the text is empty';
    case 'not-approved':
      return `not approved (status: ${problem.status})`;
    case 'untracked':
      return 'never compared with the source, so not known to be current';
    case 'outdated':
      return `outdated: the source changed after ${problem.recordedAt}`;
    case 'check-failed':
      return `check "${problem.check}" failed: ${problem.message}`;
  }
}
