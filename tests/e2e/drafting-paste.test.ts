/**
 * Paste end to end: Word-style HTML keeps its (nested) lists and loses its styles; hostile
 * markup runs nothing and leaves nothing unsafe in the stored release; an oversized paste is
 * refused with a clear message and changes nothing.
 */
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import { bodyEditor, pasteHtml } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{font-family:Calibri;color:#333}</style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal style='margin-bottom:6.0pt'><b><span style='font-size:13.0pt;color:#1F3864;mso-themecolor:text2'>Programme of the visit</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><span style='color:red;background:yellow;mso-highlight:yellow'>Talks at the Ministry</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><i style='mso-bidi-font-style:normal'><span style='font-size:10pt'>with the delegation</span></i><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>Press conference<o:p></o:p></p>
<!--EndFragment--></body></html>`;

const HOSTILE_HTML = `<p style="color:red">Hostile <img src=x onerror="window.__pasteRan = 'img'"> text
<a href="javascript:window.__pasteRan = 'link'">click me</a> <a href=" JaVaScRiPt:alert(1)">spaced</a>
<a href="https://example.org/safe" onclick="window.__pasteRan = 'onclick'">safe</a></p>
<script>window.__pasteRan = 'script'</script><svg onload="window.__pasteRan = 'svg'"></svg>
<iframe srcdoc="<script>parent.__pasteRan = 'iframe'</script>"></iframe>
<img src="https://tracker.example/pixel.gif?id=42" width="1" height="1">`;

describe('drafting: paste', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let release: Release;

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      seed: async (started) => {
        release = await callHost(started, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Pasted from elsewhere',
          template: true,
        });
      },
    });
    ({ host, page, errors } = app);
    await page.getByRole('listbox').getByRole('option').first().click();
    await bodyEditor(page).click();
  });

  afterAll(() => app?.close());

  async function storedBody(): Promise<string> {
    await waitUntilSaved(page);
    const stored = await callHost(host, 'releases.get', { id: release.id });
    return JSON.stringify(stored.variants.en!.body);
  }

  it('keeps Word’s nested lists as lists and drops its styles', async () => {
    await pasteHtml(page, WORD_HTML, 'Programme of the visit');
    const editor = page.locator('.ProseMirror');
    await editor.locator('ul').first().waitFor();
    expect(await editor.locator(':scope > ul > li > p').allTextContents()).toEqual([
      'Talks at the Ministry',
      'Press conference',
    ]);
    expect(await editor.locator(':scope > ul > li > ul > li').textContent()).toBe('with the delegation');
    expect(await editor.locator('ul em').textContent()).toBe('with the delegation');
    expect(await editor.locator('strong').first().textContent()).toBe('Programme of the visit');
    expect(await editor.locator('[style], [class^="Mso"], font').count()).toBe(0);
    const body = await storedBody();
    expect(body).toContain('"bulletList"');
    expect(body).not.toMatch(/color|mso|font|Calibri|·/i);
  });

  it('runs nothing from hostile markup and stores nothing unsafe', async () => {
    await page.keyboard.press('Control+End');
    await pasteHtml(page, HOSTILE_HTML, 'Hostile text');
    await page.getByText('click me').waitFor();
    await page.getByTestId('paste-notice').filter({ hasText: '2 pictures from the web were left out' }).waitFor();
    await saveScreenshot(page, 'drafting-paste-notice-en');
    // Give anything that was going to run the time to do so.
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__pasteRan')).toBeUndefined();
    const editor = page.locator('.ProseMirror');
    expect(await editor.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.org/safe',
    ]);
    expect(await editor.locator('img, iframe, svg, script').count()).toBe(0);
    const body = await storedBody();
    for (const unsafe of ['javascript', 'onerror', 'onclick', 'onload', 'script', 'iframe', 'tracker', '__pasteRan']) {
      expect(body, unsafe).not.toContain(unsafe);
    }
  });

  it('refuses a 50 MB paste with a clear message and changes nothing', async () => {
    const before = await storedBody();
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>' + 'x'.repeat(50 * 1024 * 1024) + '</p>');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    const notice = page.getByTestId('paste-notice');
    await notice.filter({ hasText: 'Nothing was pasted: the content is 50 MB' }).waitFor();
    expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(await storedBody()).toBe(before);
    await page.getByRole('button', { name: 'RU' }).click();
    await notice.filter({ hasText: 'Ничего не вставлено' }).waitFor();
    await saveScreenshot(page, 'drafting-paste-too-large-ru');
    await page.getByRole('button', { name: 'EN' }).click();
    expect(errors).toEqual([]);
  });
});
