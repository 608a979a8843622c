import type { PlatformTexts } from './platform-texts.js';

export const platformPt: PlatformTexts = {
  steps: { bySegment: 'Por segmento', vsLastYear: 'Face ao ano anterior', asTable: 'Em tabela', define: 'Definição' },
  moreParts: (n) => `mais ${n} partes não mostradas`,
  chart: 'gráfico',
  failedLogged: 'Algo correu mal ao responder. Ficou registado; tente de novo dentro de momentos.',
  wentWrong: (detail) => `Algo correu mal ao responder (${detail}). Tente de novo dentro de momentos.`,
  notebook: {
    title: 'Caderno kpibot',
    exported: (session, when) => `Sessão \`${session}\`, exportada em ${when}.`,
    chart: (file, alt) => `Gráfico: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `consola kpibot · ${database} · ${zone} · ${kpis} KPIs (sem tokens de chat definidos)`,
};
