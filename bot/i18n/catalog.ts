import type { UnitWords } from '../../engine/format-value.js';
import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import type { BotError } from '../messages.js';
import type { Language } from './language.js';
import { errorsEn } from './errors-en.js';
import { errorsPt } from './errors-pt.js';
import { errorsRo } from './errors-ro.js';
import type { AnswerTexts } from './answer-texts.js';
import { answerEn } from './answer-en.js';
import { answerPt } from './answer-pt.js';
import { answerRo } from './answer-ro.js';
import type { PlatformTexts } from './platform-texts.js';
import { platformEn } from './platform-en.js';
import { platformPt } from './platform-pt.js';
import { platformRo } from './platform-ro.js';
import { chartEn } from './chart-en.js';
import { chartPt } from './chart-pt.js';
import { chartRo } from './chart-ro.js';
import type { KpiInfoTexts } from './kpi-info-texts.js';
import { kpiInfoEn } from './kpi-info-en.js';
import { kpiInfoPt } from './kpi-info-pt.js';
import { kpiInfoRo } from './kpi-info-ro.js';
import type { DigestTexts } from './digest-texts.js';
import { digestEn } from './digest-en.js';
import { digestPt } from './digest-pt.js';
import { digestRo } from './digest-ro.js';
import type { TargetTexts } from './target-texts.js';
import { targetEn } from './target-en.js';
import { targetPt } from './target-pt.js';
import { targetRo } from './target-ro.js';
import type { WhyTexts } from './why-texts.js';
import { whyEn } from './why-en.js';
import { whyPt } from './why-pt.js';
import { whyRo } from './why-ro.js';
import type { AnomalyTexts } from './anomaly-texts.js';
import { anomalyEn } from './anomaly-en.js';
import { anomalyPt } from './anomaly-pt.js';
import { anomalyRo } from './anomaly-ro.js';
import type { ExplainTexts } from './explain-texts.js';
import { explainEn } from './explain-en.js';
import { explainPt } from './explain-pt.js';
import { explainRo } from './explain-ro.js';
import type { ExplainWhyTexts } from './explain-why-texts.js';
import { explainWhyEn } from './explain-why-en.js';
import { explainWhyPt } from './explain-why-pt.js';
import { explainWhyRo } from './explain-why-ro.js';

/**
 * Every text a person reads, for one language. Each area has its own interface
 * (`<area>-texts.ts`) and one file per language (`<area>-en.ts`, `-pt.ts`, `-ro.ts`); this is
 * where they meet, so a language missing an area, or an area missing a message, fails the type
 * check.
 */
export interface Texts {
  /** The words for every error code. */
  readonly error: (e: BotError) => string;
  /** What Intl has no unit for (engine/format-value.ts). */
  readonly units: UnitWords;
  /** An answer's period, comparison, context, table and alt text. */
  readonly answer: AnswerTexts;
  /** Every word on a chart (engine/chart/chart-texts.ts); charts get it as `ChartOptions.texts`. */
  readonly chart: ChartTexts;
  /** The words of `list`, `define` and `help` around the KPIs' own. */
  readonly kpiInfo: KpiInfoTexts;
  /** The words a chat platform draws around a reply: buttons, cuts, the console's own lines. */
  readonly platform: PlatformTexts;
  /** Subscriptions, digests, alerts and their log. */
  readonly digest: DigestTexts;
  /** Workspace targets and the progress lines under answers. */
  readonly target: TargetTexts;
  /** A `why` answer: its headline, sentence, noise, table and notes. */
  readonly why: WhyTexts;
  /** The anomaly flag's line and its explanation under `explain`. */
  readonly anomaly: AnomalyTexts;
  /** The labels of `explain` (the SQL stays SQL). */
  readonly explain: ExplainTexts;
  /** `explain why`: the numbers and rules a why answer rests on. */
  readonly explainWhy: ExplainWhyTexts;
}

/** One entry per area and language, one line each, so that areas added side by side merge cleanly. */
export const CATALOG: Readonly<Record<Language, Texts>> = {
  en: {
    error: errorsEn,
    units: { noData: 'no data', percentagePoints: 'pp', points: 'pts' },
    answer: answerEn,
    chart: chartEn,
    kpiInfo: kpiInfoEn,
    platform: platformEn,
    digest: digestEn,
    target: targetEn,
    why: whyEn,
    anomaly: anomalyEn,
    explain: explainEn,
    explainWhy: explainWhyEn,
  },
  pt: {
    error: errorsPt,
    units: { noData: 'sem dados', percentagePoints: 'p.p.', points: 'pontos' },
    answer: answerPt,
    chart: chartPt,
    kpiInfo: kpiInfoPt,
    platform: platformPt,
    digest: digestPt,
    target: targetPt,
    why: whyPt,
    anomaly: anomalyPt,
    explain: explainPt,
    explainWhy: explainWhyPt,
  },
  ro: {
    error: errorsRo,
    units: { noData: 'fără date', percentagePoints: 'pp', points: 'puncte' },
    answer: answerRo,
    chart: chartRo,
    kpiInfo: kpiInfoRo,
    platform: platformRo,
    digest: digestRo,
    target: targetRo,
    why: whyRo,
    anomaly: anomalyRo,
    explain: explainRo,
    explainWhy: explainWhyRo,
  },
};
