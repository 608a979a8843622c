import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The one font kpibot draws charts with: Inter Regular (SIL Open Font License), from an npm package. */
export const CHART_FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');

export interface ChartFont {
  readonly family: string;
  readonly file: string;
  readonly unitsPerEm: number;
  /** Advance width of `text` at `size` px, from the font's own glyph metrics. */
  width(text: string, size: number): number;
  /** A character's glyph: its id, advance and outline (SVG path data in font units, y up). */
  glyph(codePoint: number): Glyph;
}

export interface Glyph {
  readonly id: number;
  readonly advance: number;
  readonly path: string;
}

/**
 * Loads the font's metrics once. Widths sum each character's advance (kerning left out: within
 * about 1% of the shaped width, and a thousand times faster than shaping every label).
 */
export function loadChartFont(file: string = CHART_FONT_FILE): ChartFont {
  const font = fontkit.openSync(file);
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection; kpibot needs one font file`);
  // Glyphs are read once each and kept: this cache is the only font database charts need.
  const glyphs = new Map<number, Glyph>();
  const glyph = (cp: number): Glyph => {
    let g = glyphs.get(cp);
    if (!g) {
      const raw = font.glyphForCodePoint(cp);
      g = { id: raw.id, advance: raw.advanceWidth, path: raw.path.toSVG() };
      glyphs.set(cp, g);
    }
    return g;
  };
  const scale = 1 / font.unitsPerEm;
  return {
    family: font.familyName,
    file,
    unitsPerEm: font.unitsPerEm,
    width(text, size) {
      let units = 0;
      for (const ch of text) units += glyph(ch.codePointAt(0) ?? 0).advance;
      return units * scale * size;
    },
    glyph,
  };
}
