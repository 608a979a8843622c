import type { PlatformTexts } from './platform-texts.js';
import { countRo } from './romanian-count.js';

export const platformRo: PlatformTexts = {
  steps: { bySegment: 'Pe segmente', vsLastYear: 'Față de anul trecut', asTable: 'Ca tabel', define: 'Definiție' },
  moreParts: (n) => `încă ${countRo(n, 'parte', 'părți')} neafișate`,
  chart: 'grafic',
  failedLogged: 'Ceva n-a mers la răspuns. A fost înregistrat; încercați din nou peste câteva momente.',
  wentWrong: (detail) => `Ceva n-a mers la răspuns (${detail}). Încercați din nou peste câteva momente.`,
  notebook: {
    title: 'Caiet kpibot',
    exported: (session, when) => `Sesiunea \`${session}\`, exportată la ${when}.`,
    chart: (file, alt) => `Grafic: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `consola kpibot · ${database} · ${zone} · ${kpis} de KPI-uri (niciun token de chat setat)`,
};
