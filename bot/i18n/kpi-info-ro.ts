import type { KpiArea, KpiUnit } from '../../engine/catalog/kpi-schema.js';
import type { KpiInfoTexts } from './kpi-info-texts.js';

const AREAS: Readonly<Record<KpiArea, string>> = {
  customers: 'clienți',
  sales: 'vânzări',
  satisfaction: 'satisfacție',
  service: 'asistență pentru clienți',
  market: 'piață',
};

const UNITS: Readonly<Record<KpiUnit, string>> = {
  count: 'număr',
  money: 'valoare monetară',
  percent: 'procent',
  points: 'puncte',
  ratio: 'raport',
  index: 'indice',
  hours: 'ore',
  days: 'zile',
  years: 'ani',
};


export const kpiInfoRo: KpiInfoTexts = {
  area: (area) => AREAS[area],
  unitLine: (unit, better) => `Unitate: ${UNITS[unit]}; mai bine când ${better === 'up' ? 'crește' : 'scade'}.`,
  dataLine: (tables, dimensions) =>
    `Date: ${tables.join(', ')}; ${dimensions.length > 0 ? `pe ${dimensions.join(', ')} și pe orice unitate de timp` : 'pe orice unitate de timp'}.`,
  formula: 'Formula',
  caveats: 'De reținut',
  example: 'Exemplu',
  also: 'Alte denumiri',
  help: `Cereți un KPI, apoi rafinați întrebarea (în română sau în engleză):
  /kpi abandon trimestrul-trecut pe segment          (en: churn last-quarter by segment)
  /kpi nps 2026-Q1 față de precedent                 (en: nps 2026-Q1 vs previous)
  /kpi reclamații pe săptămână ultimele-90-zile unde canal=phone
  /kpi venituri, comenzi anul-acesta pe lună
  /kpi venituri pe regiune top 5 ca tabel
Fiecare răspuns este comparat cu perioada anterioară; pentru altă comparație, spuneți față de anul-trecut, vs 2025-Q1 sau față de nimic.
Un mesaj următor modifică ultimul răspuns: pe regiune · față de anul-trecut · ca tabel · luna-trecută
Ce a mișcat un număr: /kpi why churn last-month (de ce abandon luna-trecută; sau doar de ce, după un răspuns)
  · /kpi explain why churn last-month (explică de ce abandon luna-trecută)
Caiet de calcul: /kpi let q1 = nps 2026-Q1 · /kpi calc q2 - q1 (calculează q2 - q1) · /kpi calc [4] / [3] - 1 · /kpi export (exportă)
Rezumate periodice: /kpi subscribe nps, churn weekly on monday at 09:00 Europe/Bucharest
  (abonează nps, abandon săptămânal luni la 09:00 Europe/Bucharest) · /kpi subscriptions (abonamente) · /kpi unsubscribe 1 (dezabonează 1)
  /kpi pause 1 (pauză 1) · /kpi resume 1 (reia 1) · /kpi digest 1 now (rezumat 1 acum) · /kpi digest 1 log (rezumat 1 istoric)
Ținte: /kpi target revenue >= 1200 month (țintă venituri cel puțin 1200 lună) · /kpi targets (ținte) · /kpi untarget revenue (șterge ținta venituri)
Mai mult: /kpi list (listă) · /kpi define <kpi> (definește <kpi>) · /kpi explain <întrebare> (explică <întrebare>) · /kpi help (ajutor)
Perioade: azi, ieri, săptămâna-aceasta, săptămâna-trecută, luna-aceasta, luna-trecută, trimestrul-acesta, trimestrul-trecut,
anul-acesta, anul-trecut, ultimele-7-zile, ultimele-30-zile, ultimele-90-zile, ultimele-12-luni, ytd, qtd, mtd, 2026, 2026-Q1,
2026-H1, 2026-03, 2026-W05, 2026-01-01..2026-03-31 (și aceleași în engleză: last-month, last-90d, ...)`,
};
