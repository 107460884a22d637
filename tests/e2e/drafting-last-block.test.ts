/**
 * The last block of the text, where the caret is when writing top to bottom: lists and
 * quotations (buttons and shortcuts) work there, and Word's clipboard pasted there keeps every
 * word, its headings as headings, its lists as lists and its table rows as lines.
 */
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WORD_HIGHLIGHT_HEADING_LIST,
  WORD_NUMBERED_LIST,
  WORD_TABLE,
} from '../fixtures/word-clipboard';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { bodyEditor, createFromDialog, pasteHtml, toolbarButton } from './support/drafting-page';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

describe('drafting: the last block of the text', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1360, height: 900 } });
    ({ host, page, errors } = app);
  });

  afterAll(() => app?.close());

  const editor = () => page.locator('.ProseMirror');
  // Strings, since this file is typed for Node: the code runs in the page.
  const CARET_BLOCK = `(() => {
    const root = document.querySelector('.ProseMirror');
    let block = window.getSelection()?.anchorNode ?? null;
    while (block && block.parentNode !== root) block = block.parentNode;
    return block;
  })()`;

  /** The top-level block the caret is in, as its tag path and text ("ul>li>p: abc"). */
  async function caretBlock(): Promise<string> {
    return page.evaluate(`(() => {
      const block = ${CARET_BLOCK};
      if (!(block instanceof Element)) return '';
      const path = [block.tagName.toLowerCase()];
      for (let inner = block.firstElementChild; inner; inner = inner.firstElementChild) {
        path.push(inner.tagName.toLowerCase());
      }
      return path.join('>') + ': ' + block.textContent;
    })()`);
  }

  /** Nothing follows the caret's block but the empty paragraph the editor keeps last. */
  async function isLastBlock(): Promise<boolean> {
    return page.evaluate(`(() => {
      const next = ${CARET_BLOCK}?.nextSibling;
      return !next || (next === next.parentNode.lastChild && next.textContent === '');
    })()`);
  }

  async function newParagraphAtTheEnd(text: string): Promise<void> {
    await page.keyboard.press('Control+End');
    // Leave any list or quotation the caret is in: Enter in an empty item lifts it out.
    const emptyParagraph = /^p(>br)?: $/;
    for (let i = 0; i < 3 && !emptyParagraph.test(await caretBlock()); i += 1)
      await page.keyboard.press('Enter');
    expect(await caretBlock()).toMatch(emptyParagraph);
    await page.keyboard.type(text);
  }

  it('makes a list or a quotation of the last paragraph, by button and by shortcut', async () => {
    await page.getByRole('button', { name: 'Create the first release' }).click();
    await createFromDialog(page, { kind: 'News', language: 'English' });
    await bodyEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('abc');
    expect(await isLastBlock()).toBe(true);
    await toolbarButton(page, 'Bulleted list').click();
    expect(await caretBlock()).toBe('ul>li>p: abc');
    await saveScreenshot(page, 'drafting-last-block-list-en');

    const ways: [string, () => Promise<void>, string][] = [
      ['numbered list button', () => toolbarButton(page, 'Numbered list').click(), 'ol>li>p'],
      ['quotation button', () => toolbarButton(page, 'Quotation').click(), 'blockquote>p'],
      ['Ctrl+Shift+8', () => page.keyboard.press('Control+Shift+8'), 'ul>li>p'],
      ['Ctrl+Shift+7', () => page.keyboard.press('Control+Shift+7'), 'ol>li>p'],
      ['Ctrl+Shift+B', () => page.keyboard.press('Control+Shift+b'), 'blockquote>p'],
    ];
    for (const [way, apply, path] of ways) {
      await newParagraphAtTheEnd(way);
      expect(await isLastBlock(), way).toBe(true);
      await apply();
      expect(await caretBlock(), way).toBe(`${path}: ${way}`);
    }
    await waitUntilSaved(page);
    expect(errors).toEqual([]);
  });

  async function storedBodyText(): Promise<string> {
    await waitUntilSaved(page);
    const { rows } = await callHost(host, 'releases.list', {});
    const stored: Release = await callHost(host, 'releases.get', { id: rows[0]!.id });
    return JSON.stringify(stored.variants.en!.body);
  }

  it('pastes Word’s highlighted text, heading and nested list into the last block, keeping every word', async () => {
    await newParagraphAtTheEnd('Typed before the paste.');
    await page.keyboard.press('Enter');
    await pasteHtml(page, WORD_HIGHLIGHT_HEADING_LIST, 'The delegation arrived');
    await editor().locator('h2', { hasText: 'Programme of the visit' }).waitFor();
    expect(
      await editor().locator(':scope > p', { hasText: 'The delegation arrived' }).textContent(),
    ).toBe('The delegation arrived on Monday morning at the airport.');
    // The heading is a block of its own, not merged into the paragraph before it.
    const heading = editor().locator(':scope > h2');
    expect(await heading.textContent()).toBe('Programme of the visit');
    expect(await heading.evaluate((h) => h.previousElementSibling?.textContent)).toBe(
      'The delegation arrived on Monday morning at the airport.',
    );
    const list = editor().locator(':scope > ul').last();
    expect(await list.locator(':scope > li > p').allTextContents()).toEqual([
      'Talks at the Ministry',
      'Press conference',
    ]);
    expect(await list.locator(':scope > li > ul > li').textContent()).toBe('with the delegation');
    const body = await storedBodyText();
    expect(body).not.toMatch(/mso|Symbol|·|yellow/);
    expect(errors).toEqual([]);
  });

  it('pastes a numbered Word list as a numbered list', async () => {
    await newParagraphAtTheEnd('Agenda:');
    await page.keyboard.press('Enter');
    await pasteHtml(page, WORD_NUMBERED_LIST, 'Регистрация участников');
    await editor().getByText('Начало в 10:00.').waitFor();
    expect(
      await editor().locator(':scope > ol').last().locator(':scope > li').allTextContents(),
    ).toEqual(['Регистрация участников', 'Пленарное заседание']);
    expect(errors).toEqual([]);
  });

  it('pastes a Word table as one line per row, losing no cell', async () => {
    await newParagraphAtTheEnd('Timetable:');
    await page.keyboard.press('Enter');
    await pasteHtml(page, WORD_TABLE, 'Time Event');
    await editor().getByText('12:30 | Press conference').waitFor();
    const paragraphs = await editor().locator(':scope > p').allTextContents();
    const at = paragraphs.indexOf('Timetable:');
    expect(paragraphs.slice(at, at + 4)).toEqual([
      'Timetable:',
      'Time | Event',
      '10:00 | Opening ceremony',
      '12:30 | Press conference',
    ]);
    await saveScreenshot(page, 'drafting-last-block-word-paste-en');
    expect(await storedBodyText()).toContain('10:00 | Opening ceremony');
    expect(errors).toEqual([]);
  });
});
