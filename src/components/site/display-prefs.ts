/**
 * The two 适老化 display preferences: each sets `data-<name>="<value>"` on <html> (hooks in global.css) and is
 * kept in localStorage under `key`. Shared by the inline scripts in DisplayPrefsScript and DisplayToggles.
 */
export const DISPLAY_PREFS = {
  text: { key: 'chuangxing:text', value: 'large' },
  contrast: { key: 'chuangxing:contrast', value: 'high' },
} as const;
