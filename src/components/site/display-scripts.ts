/**
 * The two inline scripts of the display modes (大字, 高对比), as text: rendered with `set:html` by
 * DisplayPrefsScript (before the first paint) and DisplayToggles (the buttons), and hashed for the page's
 * Content-Security-Policy, which allows these exact texts and no other inline script.
 */
import { DISPLAY_PREFS } from './display-prefs';

/** Applies the saved preferences to <html>; storage may be unavailable (private mode, some WebViews). */
export const PREFS_SCRIPT = `(function () {
  const prefs = ${JSON.stringify(DISPLAY_PREFS)};
  try {
    for (const name in prefs) {
      if (localStorage.getItem(prefs[name].key) === prefs[name].value) {
        document.documentElement.setAttribute('data-' + name, prefs[name].value);
      }
    }
  } catch {
    // no storage: keep the default display
  }
})();`;

/** Wires the buttons: toggles a mode, remembers it, keeps aria-pressed in step, and reveals the buttons. */
export const TOGGLES_SCRIPT = `(function () {
  // Wrapped so that its names stay out of the global scope.
  const box = document.querySelector('[data-display-toggles]');
  const root = document.documentElement;
  if (box) {
    Array.prototype.forEach.call(box.querySelectorAll('button[data-pref]'), function (button) {
      const name = button.getAttribute('data-pref');
      const pref = { key: button.getAttribute('data-key'), value: button.getAttribute('data-value') };
      const sync = function () {
        button.setAttribute('aria-pressed', String(root.getAttribute('data-' + name) === pref.value));
      };
      button.addEventListener('click', function () {
        const on = root.getAttribute('data-' + name) !== pref.value;
        if (on) root.setAttribute('data-' + name, pref.value);
        else root.removeAttribute('data-' + name);
        try {
          if (on) localStorage.setItem(pref.key, pref.value);
          else localStorage.removeItem(pref.key);
        } catch {
          // no storage: the mode still applies to this page
        }
        sync();
      });
      sync();
    });
    box.hidden = false;
  }
})();`;
