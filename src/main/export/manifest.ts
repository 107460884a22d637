/**
 * manifest.json: what a package holds and on what grounds. Release identity, dateline and
 * embargo; per language its status, approver, approval time and the source state it was
 * approved against, and whether the gate was overridden for it; the app and the export time;
 * the size and SHA-256 of every other file in the package.
 */
import { createHash } from 'node:crypto';
import type { Release, Revision } from '@shared/domain';
import type { GateProblem } from '@shared/export-api';
import type { Lang } from '@shared/languages';
import { approvalBasis, approvalOf, type ApprovalBasis } from './approval';
import type { ActiveEmbargo } from './embargo';
import type { GateResult } from './gate';
import type { LanguageView } from './language-view';
import type { PackageFile } from './package-file';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_FORMAT = 'press-office-package/1';

export interface ManifestLanguage {
  lang: Lang;
  included: boolean;
  title: string | null;
  dateline: string | null;
  status: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  approvedAgainst: ApprovalBasis;
  /** Problems the gate found; for an included version, those the override set aside. */
  problems: GateProblem[];
  overridden: boolean;
}

export interface ManifestFileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  release: {
    id: string;
    rev: number;
    kind: string;
    sourceLang: Lang;
    date: string;
    issuer: string;
    updatedAt: string;
  };
  embargo: {
    until: string;
    timeZone: string;
    liftsAt: string;
    notice: Partial<Record<Lang, string>>;
  } | null;
  languages: ManifestLanguage[];
  /** Set when any version went in despite the gate. */
  override: { langs: Lang[]; by: string | null } | null;
  app: { name: string; version: string };
  exportedAt: string;
  exportedBy: string | null;
  files: ManifestFileEntry[];
}

export interface ManifestInput {
  release: Release;
  gate: GateResult;
  views: readonly LanguageView[];
  embargo: ActiveEmbargo | null;
  revisions: readonly Revision[];
  files: readonly PackageFile[];
  app: { name: string; version: string };
  exportedAt: Date;
  exportedBy: string | null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function buildManifest(input: ManifestInput): Manifest {
  const { release } = input;
  const views = new Map(input.views.map((view) => [view.lang, view]));
  const overridden = input.gate.decisions.filter((d) => d.overridden).map((d) => d.lang);
  return {
    format: MANIFEST_FORMAT,
    release: {
      id: release.id,
      rev: release.rev,
      kind: release.kind,
      sourceLang: release.sourceLang,
      date: release.date,
      issuer: release.issuer,
      updatedAt: release.updatedAt,
    },
    embargo: input.embargo
      ? {
          until: input.embargo.until,
          timeZone: input.embargo.timeZone,
          liftsAt: input.embargo.liftsAtZoned,
          notice: Object.fromEntries(input.views.map((v) => [v.lang, v.embargo])),
        }
      : null,
    languages: input.gate.decisions.map((decision): ManifestLanguage => {
      const variant = release.variants[decision.lang];
      const approval = variant ? approvalOf(variant) : null;
      const view = views.get(decision.lang);
      return {
        lang: decision.lang,
        included: decision.included,
        title: variant?.title ?? null,
        dateline: view?.dateline ?? null,
        status: variant?.status ?? null,
        approvedBy: approval?.by ?? null,
        approvedAt: approval?.at ?? null,
        approvedAgainst: approvalBasis(release, decision.lang, input.revisions),
        problems: decision.problems,
        overridden: decision.overridden,
      };
    }),
    override: overridden.length ? { langs: overridden, by: input.exportedBy } : null,
    app: input.app,
    exportedAt: input.exportedAt.toISOString(),
    exportedBy: input.exportedBy,
    files: [...input.files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({
        path: file.path,
        bytes: file.bytes.byteLength,
        sha256: sha256Hex(file.bytes),
      })),
  };
}
