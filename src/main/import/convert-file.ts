/**
 * Turns one uploaded file's bytes into release drafts: unzip and docx conversion, HTML
 * sanitising, archive cutting. Pure and CPU-heavy, so it runs in the import worker
 * (import-worker.ts); writing the drafts to the library is main's job (import-files.ts).
 */
import { extname } from 'node:path';
import type { ImportProblem } from '@shared/drafting-api';
import type { ArchivePreview, ArchivePreviewItem } from '@shared/import-api';
import type { ReleaseKind, TiptapDoc, TiptapNode } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { splitArchive, type ArchiveItem } from './archive-text';
import { detectLanguage } from './detect-language';
import { docxToHtml } from './docx';
import { findFirstDate } from './find-date';
import { guessKind } from './guess-kind';
import { htmlToDoc } from './html-to-doc';
import { issuerFromSignature } from './issuer';
import { sanitizeImportedHtml } from './sanitize';
import { ZipRejected } from './zip-limits';

class ImportRejected extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface Draft {
  title: string;
  date: string | null;
  kind: ReleaseKind;
  lang: Lang;
  body: TiptapDoc;
  issuer: string;
  datelinePlace: string;
}

const MAX_TITLE = 1000;
/** A first paragraph this short, without a full stop, is a title rather than text. */
const MAX_TITLE_PARAGRAPH = 300;

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older archives from Russian-language offices are often in Windows-1251.
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  if (text.includes('\0')) throw new ImportRejected('damaged', 'the file is not text');
  return text;
}

function textOf(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '');
}

function hasContent(node: TiptapNode): boolean {
  if (node.type === 'image') return true;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  return (node.content ?? []).some(hasContent);
}

export function plainBody(paragraphs: string[]): TiptapDoc {
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function archiveDraft(item: ArchiveItem, lang: Lang | undefined, fallback: Lang): Draft {
  return {
    title: item.title.slice(0, MAX_TITLE),
    date: item.date,
    kind: guessKind(item.title),
    lang: lang ?? detectLanguage([item.title, ...item.paragraphs].join('\n'), fallback),
    body: plainBody(item.paragraphs),
    issuer: issuerFromSignature(item.signature),
    datelinePlace: item.datelinePlace,
  };
}

function previewItem(item: ArchiveItem, lang: Lang | undefined, fallback: Lang): ArchivePreviewItem {
  const draft = archiveDraft(item, lang, fallback);
  return {
    title: draft.title,
    titleOwnLine: item.titleOwnLine,
    date: item.date,
    datelinePlace: item.datelinePlace,
    paragraphs: item.paragraphs,
    issuer: draft.issuer,
    lang: draft.lang,
    kind: draft.kind,
  };
}

/** A document's title: its first heading, or a short first paragraph; removed from the body. */
function documentDraft(doc: TiptapDoc, lang: Lang | undefined, fallback: Lang): Draft {
  const [first, ...rest] = doc.content ?? [];
  const firstText = first ? textOf(first).trim() : '';
  const isTitle =
    first?.type === 'heading' ||
    (first?.type === 'paragraph' && firstText.length <= MAX_TITLE_PARAGRAPH && !/[.!?]$/.test(firstText));
  const title = isTitle ? firstText : '';
  const body: TiptapDoc = isTitle
    ? { type: 'doc', content: rest.length ? rest : [{ type: 'paragraph' }] }
    : doc;
  const opening = [title, ...(body.content ?? []).slice(0, 5).map(textOf)].join('\n');
  return {
    title: title.slice(0, MAX_TITLE),
    date: findFirstDate(opening),
    kind: guessKind(title),
    lang: lang ?? detectLanguage(textOf(doc as TiptapNode), fallback),
    body,
    issuer: '',
    datelinePlace: '',
  };
}

async function convert(
  name: string,
  bytes: Uint8Array,
  lang: Lang | undefined,
  fallback: Lang,
): Promise<{ drafts: Draft[]; droppedImages: number }> {
  const extension = extname(name).toLowerCase();
  if (extension === '.txt' || extension === '.text') {
    const items = splitArchive(decodeText(bytes));
    return { drafts: items.map((item) => archiveDraft(item, lang, fallback)), droppedImages: 0 };
  }
  let html: string;
  if (extension === '.docx') html = await docxToHtml(bytes);
  else if (extension === '.html' || extension === '.htm') html = decodeText(bytes);
  else throw new ImportRejected('unsupported-type', `${extension || 'no extension'}: not .txt, .docx or .html`);
  const { doc, droppedImages } = htmlToDoc(sanitizeImportedHtml(html));
  if (!hasContent(doc as TiptapNode)) {
    return { drafts: [], droppedImages };
  }
  return { drafts: [documentDraft(doc, lang, fallback)], droppedImages };
}

function rejectionOf(error: unknown): ImportRejected | null {
  if (error instanceof ImportRejected) return error;
  if (error instanceof ZipRejected) {
    return new ImportRejected(error.reason === 'too-large' ? 'archive-too-large' : 'damaged', error.message);
  }
  return null;
}

/** A file converted, or why it cannot be: plain data, so it crosses from the worker intact. */
export type ConvertedFile =
  | { ok: true; drafts: Draft[]; droppedImages: number }
  | { ok: false; problem: ImportProblem; detail: string };

/** Rejections become outcomes; anything else (a bug) is thrown. */
export async function convertFile(
  name: string,
  bytes: Uint8Array,
  lang: Lang | undefined,
  fallback: Lang,
): Promise<ConvertedFile> {
  try {
    const { drafts, droppedImages } = await convert(name, bytes, lang, fallback);
    if (drafts.length === 0) return { ok: false, problem: 'empty', detail: 'no text was found in the file' };
    return { ok: true, drafts, droppedImages };
  } catch (error) {
    const rejection = rejectionOf(error);
    if (!rejection) throw error;
    return { ok: false, problem: rejection.problem, detail: rejection.detail };
  }
}

/** A text archive cut into items for the user to check (import.previewArchive); nothing written. */
export function previewArchive(name: string, bytes: Uint8Array, lang: Lang | undefined, fallback: Lang): ArchivePreview {
  try {
    const items = splitArchive(decodeText(bytes)).map((item) => previewItem(item, lang, fallback));
    if (items.length === 0) return { name, ok: false, problem: 'empty', detail: 'no text was found in the file' };
    return { name, ok: true, items };
  } catch (error) {
    const rejection = rejectionOf(error);
    if (!rejection) throw error;
    return { name, ok: false, problem: rejection.problem, detail: rejection.detail };
  }
}
