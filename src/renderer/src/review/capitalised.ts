/** A phrase that may also stand mid-sentence, made to start a line or a list item. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
