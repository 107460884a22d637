/** `press-office list`: every release, newest first, as text columns or JSON. */
import type { ReleaseSummary } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { LibraryApi } from '../library/library-api';

export interface ListedRelease {
  id: string;
  kind: string;
  date: string;
  languages: Partial<Record<string, string>>;
  title: string;
}

const PAGE = 500;

export async function allReleases(
  library: Pick<LibraryApi, 'listReleases'>,
): Promise<ReleaseSummary[]> {
  const rows: ReleaseSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await library.listReleases({ offset, limit: PAGE });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return rows;
  }
}

export function listedRelease(row: ReleaseSummary): ListedRelease {
  const languages: ListedRelease['languages'] = {};
  for (const lang of LANGS) {
    const status = row.statuses[lang];
    if (status) languages[lang] = status;
  }
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    languages,
    title: row.titles[row.sourceLang] ?? Object.values(row.titles).find(Boolean) ?? '',
  };
}

/** One line per release: id, kind, date, lang:status list, title; tab-separated. */
export function formatListText(rows: readonly ListedRelease[]): string {
  return rows
    .map((row) =>
      [
        row.id,
        row.kind,
        row.date,
        Object.entries(row.languages)
          .map(([lang, status]) => `${lang}:${status}`)
          .join(','),
        row.title.replace(/\s+/g, ' '),
      ].join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}
