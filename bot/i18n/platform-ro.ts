import type { PlatformTexts } from './platform-texts.js';
import { countRo } from './romanian-count.js';

export const platformRo: PlatformTexts = {
  steps: { bySegment: 'Pe segmente', vsLastYear: 'Față de anul trecut', asTable: 'Ca tabel', define: 'Definiție' },
  moreParts: (n) => `încă ${countRo(n, 'parte', 'părți')} neafișate`,
  chart: 'grafic',
  notInChannel: (invite) => `Nu sunt membru al acestui canal, așa că doar dumneavoastră vedeți acest răspuns, fără grafic. Invitați-mă cu \`${invite}\` ca să răspund aici pentru toți.`,
  refused: (platform, code, advice) => `${platform} a refuzat răspunsul (${code}). ${advice}`,
  chartFailed: (code, advice) => `Graficul nu a putut fi încărcat (${code}); cifrele de mai sus sunt complete. ${advice}`,
  adviceMissingScope: 'Un administrator trebuie să adauge permisiunea, actualizând aplicația din adapters/slack/manifest.yaml și reinstalând-o.',
  adviceRetry: 'Încercați din nou; dacă tot se întâmplă, anunțați pe cine administrează kpibot.',
  failedLogged: 'Ceva n-a mers la răspuns. A fost înregistrat; încercați din nou peste câteva momente.',
  wentWrong: (detail) => `Ceva n-a mers la răspuns (${detail}). Încercați din nou peste câteva momente.`,
  notebook: {
    title: 'Caiet kpibot',
    exported: (session, when) => `Sesiunea \`${session}\`, exportată la ${when}.`,
    chart: (file, alt) => `Grafic: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `consola kpibot · ${database} · ${zone} · ${kpis} de KPI-uri (niciun token de chat setat)`,
};
