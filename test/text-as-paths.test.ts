import { describe, expect, it } from 'vitest';
import { loadChartFont } from '../engine/chart/chart-font.js';
import { textAsPaths } from '../engine/chart/text-as-paths.js';

const font = loadChartFont();
const svg = (inner: string): string => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${inner}</svg>`;

describe('text drawn as glyph outlines', () => {
  it('GIVEN centred text THEN it becomes glyphs placed by their advances, centred on the anchor, each outline defined once', () => {
    const out = textAsPaths(svg('<text text-anchor="middle" transform="translate(50,20)" font-size="10px" fill="#000">AA</text>'), font);
    expect(out.complete).toBe(true);
    expect(out.svg).not.toContain('<text');
    const a = font.glyph(65);
    // Two uses of one definition: the second A starts one advance after the first.
    expect(out.svg.match(/<path id="g\d+"/g)).toHaveLength(1);
    expect(out.svg).toContain(`<use href="#g${a.id}" x="0"/><use href="#g${a.id}" x="${a.advance}"/>`);
    // Centred: shifted back by half the run, in font units, after scaling to 10 px.
    const k = 10 / font.unitsPerEm;
    expect(out.svg).toContain(`transform="translate(50,20) translate(0,0) scale(${k},${-k}) translate(${-a.advance},0)"`);
    expect(out.svg).toContain('fill="#000"');
  });

  it('GIVEN escaped characters THEN they are drawn as the characters they stand for', () => {
    const out = textAsPaths(svg('<text font-size="12px">&amp;&#x219;</text>'), font);
    expect(out.svg).toContain(`#g${font.glyph('&'.codePointAt(0) ?? 0).id}`);
    expect(out.svg).toContain(`#g${font.glyph(0x219).id}`);
  });

  it('GIVEN multi-line text THEN it is left for the font file and the result says so', () => {
    const out = textAsPaths(svg('<text font-size="12px"><tspan x="0">a</tspan><tspan x="0" dy="14">b</tspan></text>'), font);
    expect(out.complete).toBe(false);
  });
});
