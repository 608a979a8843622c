import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/** The one font kpibot draws charts with: Inter Regular (SIL Open Font License), from an npm package. */
export const CHART_FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');

export interface ChartFont {
  readonly family: string;
  readonly file: string;
  /** Advance width of `text` at `size` px, from the font's own glyph metrics. */
  width(text: string, size: number): number;
}

/**
 * Loads the font's metrics once. Widths sum each character's advance (kerning left out: within
 * about 1% of the shaped width, and a thousand times faster than shaping every label).
 */
export function loadChartFont(file: string = CHART_FONT_FILE): ChartFont {
  const font = fontkit.openSync(file);
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection; kpibot needs one font file`);
  const advances = new Map<number, number>();
  const scale = 1 / font.unitsPerEm;
  return {
    family: font.familyName,
    file,
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        let a = advances.get(cp);
        if (a === undefined) {
          a = font.glyphForCodePoint(cp).advanceWidth;
          advances.set(cp, a);
        }
        units += a;
      }
      return units * scale * size;
    },
  };
}
