import { ENGLISH_CHART_TEXTS } from '../../engine/chart/chart-texts.js';
import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import { answerEn } from './answer-en.js';
import { namePeriod } from './period-names.js';

/** The engine's English chart words, naming periods as the answer beside the chart does (`last quarter`). */
export const chartEn: ChartTexts = { ...ENGLISH_CHART_TEXTS, periodName: (label) => namePeriod(answerEn, label) };
