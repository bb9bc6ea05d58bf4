/**
 * Pagefind's filter dropdowns render their trigger as `<button role="combobox">` with the filter's name inside; a
 * combobox takes no name from its content, so screen readers (and axe's `button-name` rule) find it nameless.
 * This names each trigger by its visible label, now and whenever Pagefind renders another one.
 */

/** Points every unnamed dropdown trigger below `root` at its own label (`aria-labelledby`). */
function nameTriggers(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])').forEach((trigger) => {
    const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
    if (!label || !trigger.id) return;
    label.id ||= `${trigger.id}-label`;
    trigger.setAttribute('aria-labelledby', label.id);
  });
}

/** Names the dropdown triggers below `root` as Pagefind adds them. */
export function labelDropdowns(root: HTMLElement): void {
  nameTriggers(root);
  new MutationObserver(() => nameTriggers(root)).observe(root, { childList: true, subtree: true });
}
