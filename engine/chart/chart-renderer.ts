import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadChartFont, type ChartFont } from './chart-font.js';
import { textAsPaths } from './text-as-paths.js';

/** Where a piece of text was drawn, in chart pixels (before the 2x scale). */
export interface TextBox {
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface RenderedChart {
  readonly png: Buffer;
  /** The PNG's pixels, RGBA, row by row: for checks that something was drawn. */
  readonly rgba: Buffer;
  /** The chart's own size in pixels, before scaling, and every text drawn on it. */
  readonly canvas: { readonly width: number; readonly height: number };
  readonly texts: readonly TextBox[];
  /** Pixels of the PNG (twice the chart's own size, for phone screens). */
  readonly width: number;
  readonly height: number;
  readonly svg: string;
}

/** The port the bot draws with; tests and adapters get PNGs from it. */
export interface ChartRenderer {
  render(spec: Readonly<Record<string, unknown>>): Promise<RenderedChart>;
}

/** PNGs at twice the chart's size: crisp on phones and high-density screens. */
const SCALE = 2;

/**
 * Renders Vega-Lite specs to PNG on the server with no browser: vega-lite compiles, a headless
 * vega View (renderer 'none') writes SVG, and resvg rasterises it with the shipped font only.
 *
 * Vega measures text to place labels; without node-canvas it would guess (0.8 em a character)
 * and misplace them, so the renderer gives vega the real font's widths. vega keeps that hook in
 * one module-wide object, so the last renderer created sets it for all: every renderer uses
 * the same shipped font, so that is harmless.
 */
export function createChartRenderer(font: ChartFont = loadChartFont()): ChartRenderer {
  // vega exports the hook at run time but its typings do not declare it.
  const metrics = (vega as unknown as { textMetrics: { width: (item: { fontSize?: number }, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => font.width(text == null ? '' : String(text).trim(), item.fontSize != null ? Number(item.fontSize) || 0 : 11);
  const withFont = { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family };
  const noFont = { loadSystemFonts: false };

  return {
    async render(spec) {
      // Specs come from chartSpec(), typed loosely so the engine need not import vega-lite's types.
      const vg = compile({ ...spec, config: themed(font.family, spec['config']) } as unknown as TopLevelSpec).spec;
      const view = new vega.View(vega.parse(vg), { renderer: 'none' });
      const svg = await view.toSVG();
      // The scene graph's typings stop short of its items; read them through a narrow local type.
      // The drawing is shifted by the view's origin (padding and room for axes) in the SVG too.
      const [ox, oy] = (view as unknown as { origin(): [number, number] }).origin();
      const texts = textBoxes((view.scenegraph() as unknown as { root: SceneItem }).root, ox, oy);
      view.finalize();
      const drawn = textAsPaths(svg, font);
      const image = new Resvg(drawn.svg, {
        font: drawn.complete ? noFont : withFont,
        fitTo: { mode: 'zoom', value: SCALE },
        background: 'white',
        logLevel: 'off',
      }).render();
      return {
        png: image.asPng(),
        rgba: Buffer.from(image.pixels),
        width: image.width,
        height: image.height,
        canvas: { width: image.width / SCALE, height: image.height / SCALE },
        texts,
        svg,
      };
    },
  };
}

interface SceneItem {
  marktype?: string;
  items?: SceneItem[];
  text?: unknown;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  x?: number;
  y?: number;
}

/** Every text item of vega's scene graph with its bounds, offset by the groups it sits in. */
function textBoxes(node: SceneItem, dx = 0, dy = 0): TextBox[] {
  const out: TextBox[] = [];
  for (const child of node.items ?? []) {
    if (node.marktype === 'text' && child.bounds && child.text !== undefined && String(child.text) !== '') {
      const b = child.bounds;
      out.push({ text: String(child.text), x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
    }
    // Group items translate their children by their own x and y.
    const isGroup = node.marktype === 'group';
    out.push(...textBoxes(child, dx + (isGroup ? (child.x ?? 0) : 0), dy + (isGroup ? (child.y ?? 0) : 0)));
  }
  return out;
}

/** House style: the shipped font everywhere, sizes that read on a phone, quiet grid lines. */
function themed(family: string, own: unknown): Record<string, unknown> {
  return {
    font: family,
    title: { font: family, fontSize: 16, fontWeight: 'normal', subtitleFontSize: 11, subtitleColor: '#666', anchor: 'start', offset: 10 },
    axis: { labelFont: family, titleFont: family, labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#eee', domainColor: '#999', tickColor: '#999' },
    legend: { labelFont: family, titleFont: family, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    view: { stroke: null },
    padding: 12,
    ...(typeof own === 'object' && own !== null ? own : {}),
  };
}
