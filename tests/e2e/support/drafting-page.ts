import type { Locator, Page } from 'playwright-core';

/** The body editor of the open language version. */
export function bodyEditor(page: Page, name = 'Text'): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

/** A button of the formatting toolbar, by its accessible name. */
export function toolbarButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar').getByRole('button', { name, exact: true });
}

/** Creates a release through the New release dialog (Ctrl/Cmd+N or the list's button). */
export async function createFromDialog(
  page: Page,
  options: { kind?: string; language?: string; date?: string } = {},
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'New release' });
  await dialog.waitFor();
  if (options.kind) await dialog.getByRole('radio', { name: options.kind }).check();
  if (options.language) await dialog.getByLabel('Language of the original').selectOption({ label: options.language });
  if (options.date) await dialog.getByLabel('Date', { exact: true }).fill(options.date);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByLabel('Title', { exact: true }).waitFor();
}

/** Pastes `html` into the focused editor as the browser would from the clipboard. */
export async function pasteHtml(page: Page, html: string, text = ''): Promise<void> {
  // A string, since this file is typed for Node: the code runs in the page.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', ${JSON.stringify(text)});
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}
