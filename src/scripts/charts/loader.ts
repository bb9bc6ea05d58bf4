/**
 * The only chart code a page loads up front: it watches chart figures and fetches chart.js (render.ts) the first
 * time one comes near the screen. Without JavaScript, or if the download fails, the figure's table remains.
 */
import { CHART_FIGURE_ATTRIBUTE } from '../../lib/charts/marker';

/** Start drawing this far before the figure scrolls into view. */
const AHEAD = '200px 0px';

/** Gives back the space kept for a chart that will not be drawn: the table says it all. */
function release(figure: HTMLElement): void {
  figure.querySelector('canvas')?.parentElement?.remove();
}

function draw(figure: HTMLElement): void {
  import('./render')
    .then(({ drawFigure }) => drawFigure(figure))
    .catch((error: unknown) => {
      release(figure);
      console.warn('图表未能加载，数据见表格 (chart not drawn)', error);
    });
}

const figures = document.querySelectorAll<HTMLElement>(`[${CHART_FIGURE_ATTRIBUTE}]`);
if (!('IntersectionObserver' in window)) {
  figures.forEach(release);
} else if (figures.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: AHEAD },
  );
  figures.forEach((figure) => observer.observe(figure));
}
