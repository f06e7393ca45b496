// The picture as a PNG that stands on its own once it leaves the page: a title over it, the
// legend of the kinds and relationships it shows, and under it the date it holds as of, how many
// documents its facts cite, and the link that reopens it.
import { titleIn } from '../../graph-schema/rules';
import type { Edge, SchemaDocument } from '../graph/types';

export interface PngCaption {
  title: string;
  asOf: string;
  sources: string;
  link: string;
}

/** Pixels of the export per CSS pixel: the picture itself is rendered at this scale too. */
const SCALE = 2;
const LINE = 18 * SCALE;
const PAD = 16 * SCALE;

interface LegendItem {
  label: string;
  colour: string;
  line: boolean;
}

/** The kinds and relationship types of the elements shown, in the schema's order, titled in the page's language. */
export function legendOf(
  schema: SchemaDocument,
  shown: { kinds: ReadonlySet<string>; types: ReadonlySet<string> },
  lang: string,
): LegendItem[] {
  return [
    ...schema.kinds.filter((k) => shown.kinds.has(k.label)).map((k) => ({ label: titleIn(k, lang), colour: k.color, line: false })),
    ...schema.relationships.filter((r) => shown.types.has(r.type)).map((r) => ({ label: titleIn(r, lang), colour: r.color, line: true })),
  ];
}

/** Distinct documents cited by the relationships shown. */
export function citedDocuments(edges: readonly Edge[]): number {
  return new Set(edges.flatMap((e) => e.sources.map((s) => s.source))).size;
}

export async function composePng(picture: Blob, caption: PngCaption, legend: LegendItem[]): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const width = Math.max(image.width, 900 * SCALE);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${12 * SCALE}px system-ui, sans-serif`;
  // Legend items flow in rows across the width.
  const rows: LegendItem[][] = [[]];
  let x = PAD;
  for (const item of legend) {
    const w = 28 * SCALE + measure.measureText(item.label).width;
    if (x + w > width - PAD && rows.at(-1)!.length) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)!.push(item);
    x += w;
  }
  const header = PAD + LINE * 1.5 + rows.length * LINE + PAD / 2;
  const footer = PAD / 2 + LINE * 3 + PAD / 2;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + image.height + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2330';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${18 * SCALE}px system-ui, sans-serif`;
  ctx.fillText(caption.title, PAD, PAD + LINE / 2);
  ctx.font = `${12 * SCALE}px system-ui, sans-serif`;
  rows.forEach((row, r) => {
    let at = PAD;
    const y = PAD + LINE * 1.5 + r * LINE + LINE / 2;
    for (const item of row) {
      ctx.fillStyle = item.colour;
      if (item.line) ctx.fillRect(at, y - SCALE, 18 * SCALE, 3 * SCALE);
      else ctx.fillRect(at + 3 * SCALE, y - 6 * SCALE, 12 * SCALE, 12 * SCALE);
      ctx.fillStyle = '#1d2330';
      ctx.fillText(item.label, at + 22 * SCALE, y);
      at += 28 * SCALE + ctx.measureText(item.label).width;
    }
  });
  ctx.drawImage(image, Math.round((width - image.width) / 2), header);
  ctx.fillStyle = '#555555';
  const foot = header + image.height + PAD / 2 + LINE / 2;
  [caption.asOf, caption.sources, caption.link].forEach((line, i) => ctx.fillText(line, PAD, foot + i * LINE, width - 2 * PAD));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}
