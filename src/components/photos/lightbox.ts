/**
 * Lightbox for photo galleries, as an enhancement of links to full-size images: a click (or Enter) on a
 * thumbnail opens the gallery's `<dialog>`; ←/→ and swipes move between photos, Esc closes, and focus returns to
 * the thumbnail of the photo last shown. No framework; a few hundred bytes once minified.
 */

/** Horizontal travel, in CSS pixels, that counts as a swipe. */
const SWIPE_DISTANCE = 40;

/** Wires one gallery: its links open its own dialog. */
function setUpGallery(gallery: HTMLElement): void {
  const dialog = gallery.querySelector<HTMLDialogElement>('dialog[data-lightbox]');
  const links = [...gallery.querySelectorAll<HTMLAnchorElement>('a[data-photo]')];
  if (!dialog || typeof dialog.showModal !== 'function' || links.length === 0) return;
  const source = document.createElement('source');
  source.type = 'image/webp';
  source.sizes = '100vw';
  const image = document.createElement('img');
  image.decoding = 'async';
  dialog.querySelector('[data-stage]')?.replaceChildren(source, image);
  const caption = dialog.querySelector<HTMLElement>('[data-caption]')!;
  const counter = dialog.querySelector<HTMLElement>('[data-counter]')!;
  let current = 0;

  const show = (index: number) => {
    current = (index + links.length) % links.length;
    const link = links[current]!;
    source.srcset = link.dataset['webp'] ?? '';
    image.src = link.href;
    image.width = Number(link.dataset['width']);
    image.height = Number(link.dataset['height']);
    image.alt = link.dataset['alt'] ?? '';
    const figcaption = link.closest('figure')?.querySelector('figcaption');
    caption.replaceChildren(...(figcaption ? [...figcaption.childNodes].map((node) => node.cloneNode(true)) : []));
    counter.textContent = `${current + 1} / ${links.length}`;
  };

  links.forEach((link, index) => {
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      show(index);
      dialog.showModal();
    });
  });
  dialog.hidden = false;
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  dialog.querySelector('[data-previous]')?.addEventListener('click', () => show(current - 1));
  dialog.querySelector('[data-next]')?.addEventListener('click', () => show(current + 1));
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') show(current - 1);
    else if (event.key === 'ArrowRight') show(current + 1);
    else return;
    event.preventDefault();
  });
  // A tap on the dark area around the photo closes, as in the phone's own gallery.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => links[current]!.focus());

  let start: Touch | undefined;
  dialog.addEventListener('touchstart', (event) => (start = event.changedTouches[0]), { passive: true });
  dialog.addEventListener('touchend', (event) => {
    const end = event.changedTouches[0];
    if (!start || !end) return;
    const dx = end.clientX - start.clientX;
    const dy = end.clientY - start.clientY;
    start = undefined;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
  });
}

/** Wires every gallery on the page (each `[data-gallery]` holds its links and its dialog). */
export function setUpGalleries(): void {
  document.querySelectorAll<HTMLElement>('[data-gallery]').forEach(setUpGallery);
}
