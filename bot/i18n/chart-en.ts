/** The chart words in English are the engine's own defaults; the catalog names them here like every other language's. */
export { ENGLISH_CHART_TEXTS as chartEn } from '../../engine/chart/chart-texts.js';
