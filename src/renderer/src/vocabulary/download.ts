/**
 * Saves text as a file the way a page does: a link to a blob with a download name. A browser
 * puts it in its downloads; Electron asks where to save it.
 */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a download that has not started yet would fail.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
