import type { PlatformTexts } from './platform-texts.js';

export const platformEn: PlatformTexts = {
  steps: { bySegment: 'By segment', vsLastYear: 'Vs last year', asTable: 'As table', define: 'Define' },
  moreParts: (n) => `${n} more parts not shown`,
  chart: 'chart',
  failedLogged: 'Something went wrong answering that. It is logged; try again in a moment.',
  wentWrong: (detail) => `Something went wrong answering that (${detail}). Try again in a moment.`,
  notebook: {
    title: 'kpibot notebook',
    exported: (session, when) => `Session \`${session}\`, exported ${when}.`,
    chart: (file, alt) => `Chart: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `kpibot console · ${database} · ${zone} · ${kpis} KPIs (no chat tokens set)`,
};
