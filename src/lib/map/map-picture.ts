import type { Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_COLORS } from './palette';

/** What is drawn onto the map's picture beside the map itself. */
export interface MapPictureParts {
  /** One line at the top: what the map shows (the window, the filters). */
  readonly title: string;
  /** Swatches with their names, in the order of the layer list. */
  readonly legend: readonly { readonly name: string; readonly color: string }[];
}

/** Paper, ink and type of the bands drawn around the map. */
const INK = '#1f2933';
const MUTED = '#5f6b76';
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * The map as it is on screen, as a PNG, at the screen's pixel size (`scale` 1) or twice it: one
 * render read straight from MapLibre's canvas in its own `render` event (the drawing buffer is
 * only whole then, so no `preserveDrawingBuffer` is needed), at a temporary pixel ratio for 2×,
 * restored after. A title band on top; the legend, the scale bar and the credits (as plain text,
 * from the map's own controls) in a band below.
 */
export async function mapPicture(
  map: MaplibreMap,
  parts: MapPictureParts,
  scale: 1 | 2,
): Promise<Blob> {
  // A camera still flying (an incident just selected) is waited for: the picture is of where
  // it lands, not of a frame on the way (a brief exported right after a selection).
  if (map.isMoving()) await new Promise<void>((resolve) => map.once('moveend', () => resolve()));
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  const ratio = map.getPixelRatio();
  const px = scale; // output pixels per CSS pixel
  if (ratio !== px) map.setPixelRatio(px);
  try {
    const canvas = document.createElement('canvas');
    const titleBand = 34 * px;
    const footBand = 44 * px;
    canvas.width = Math.round(cssWidth * px);
    canvas.height = Math.round(cssHeight * px) + titleBand + footBand;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    // The water is the map container's colour (the style has no background layer).
    const mapHeight = canvas.height - titleBand - footBand;
    ctx.fillStyle = BASEMAP_COLORS.water;
    ctx.fillRect(0, titleBand, canvas.width, mapHeight);
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        ctx.drawImage(map.getCanvas(), 0, titleBand, canvas.width, mapHeight);
        resolve();
      });
      map.triggerRepaint();
    });
    // Title.
    ctx.fillStyle = INK;
    ctx.font = `600 ${15 * px}px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(parts.title, 10 * px, titleBand / 2, canvas.width - 20 * px);
    // The legend on the first line of the foot band; the scale bar on the map, bottom left.
    // On one line: a legend too wide for the picture is set smaller (down to 8 px) to fit.
    const y1 = canvas.height - footBand + 13 * px;
    ctx.font = `${12 * px}px ${FONT}`;
    const natural = parts.legend.reduce((w, i) => w + ctx.measureText(i.name).width + 28 * px, 0);
    const fit = Math.max(8 / 12, Math.min(1, (canvas.width - 20 * px) / natural));
    ctx.font = `${12 * px * fit}px ${FONT}`;
    let x = 10 * px;
    for (const item of parts.legend) {
      ctx.fillStyle = item.color;
      ctx.fillRect(x, y1 - 5 * px * fit, 10 * px * fit, 10 * px * fit);
      ctx.fillStyle = INK;
      ctx.fillText(item.name, x + 14 * px * fit, y1);
      x += (28 * px + ctx.measureText(item.name).width / fit) * fit;
    }
    const scaleBar = container.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    if (scaleBar) {
      const width = scaleBar.getBoundingClientRect().width * px;
      const left = 10 * px;
      const base = titleBand + mapHeight - 10 * px;
      ctx.fillStyle = 'rgb(255 255 255 / 0.8)';
      ctx.fillRect(left - 4 * px, base - 20 * px, width + 8 * px, 24 * px);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1.5 * px;
      ctx.beginPath();
      ctx.moveTo(left, base - 8 * px);
      ctx.lineTo(left, base);
      ctx.lineTo(left + width, base);
      ctx.lineTo(left + width, base - 8 * px);
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.font = `${11 * px}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(scaleBar.textContent ?? '', left + width / 2, base - 9 * px);
      ctx.textAlign = 'left';
    }
    // Credits, as the attribution control shows them, in plain text.
    const credits = container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
    ctx.fillStyle = MUTED;
    ctx.font = `${10.5 * px}px ${FONT}`;
    ctx.fillText(credits, 10 * px, canvas.height - 11 * px, canvas.width - 20 * px);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    if (ratio !== px) map.setPixelRatio(ratio);
  }
}
