const IS_MAC = /^Mac/.test(navigator.platform);

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function isModKey(event: KeyboardEvent): boolean {
  return IS_MAC ? event.metaKey : event.ctrlKey;
}

/** 'Mod+Shift+Z' as this platform writes it: Ctrl+Shift+Z, or ⌘⇧Z on macOS. */
export function shortcutLabel(shortcut: string): string {
  if (!IS_MAC) return shortcut.replaceAll('Mod+', 'Ctrl+');
  return shortcut.replaceAll('Mod+', '⌘').replaceAll('Shift+', '⇧').replaceAll('Alt+', '⌥');
}

/**
 * The letter a shortcut means: the typed one on Latin layouts, else the physical key's,
 * so that Ctrl+S still saves while a Cyrillic or Armenian layout is active.
 */
export function shortcutLetter(event: KeyboardEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : '';
}
