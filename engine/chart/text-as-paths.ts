import type { ChartFont } from './chart-font.js';

const TEXT = /<text([^>]*)>([^<]*)<\/text>/g;
const ATTR = /([a-zA-Z:-]+)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Replaces the SVG's text with the shipped font's glyph outlines, each glyph defined once and
 * placed with `<use>`. resvg then needs no font database at all: building one from the font
 * file on every render was the cost the glyph cache in ChartFont now pays once per process.
 * `complete` is false when some text could not be converted (multi-line `<tspan>` text); the
 * caller then hands resvg the font file as well.
 */
export function textAsPaths(svg: string, font: ChartFont): { svg: string; complete: boolean } {
  const used = new Map<number, string>();
  const body = svg.replace(TEXT, (_whole, rawAttrs: string, rawText: string) => {
    const attrs = Object.fromEntries([...rawAttrs.matchAll(ATTR)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const text = decode(rawText);
    const size = parseFloat(attrs['font-size'] ?? '11') || 11;
    const k = size / font.unitsPerEm;
    let x = 0;
    const uses: string[] = [];
    for (const ch of text) {
      const g = font.glyph(ch.codePointAt(0) ?? 0);
      if (g.path !== '') {
        used.set(g.id, g.path);
        uses.push(`<use href="#g${g.id}" x="${round(x)}"/>`);
      }
      x += g.advance;
    }
    const anchor = attrs['text-anchor'];
    const shift = anchor === 'middle' ? -x / 2 : anchor === 'end' ? -x : 0;
    const at = `${attrs['x'] ?? 0},${attrs['y'] ?? 0}`;
    const transform = `${attrs['transform'] ?? ''} translate(${at}) scale(${k},${-k}) translate(${round(shift)},0)`.trim();
    const paint = ['fill', 'opacity', 'fill-opacity'].filter((a) => attrs[a] !== undefined).map((a) => ` ${a}="${attrs[a]}"`).join('');
    return `<g transform="${transform}"${paint}>${uses.join('')}</g>`;
  });
  const defs = `<defs>${[...used].map(([id, d]) => `<path id="g${id}" d="${d}"/>`).join('')}</defs>`;
  return { svg: body.replace(/(<svg[^>]*>)/, `$1${defs}`), complete: !/<text[\s>]/.test(body) };
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

const round = (n: number): string => String(Math.round(n * 100) / 100);
