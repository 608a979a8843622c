import type { PlatformTexts } from './platform-texts.js';

export const platformPt: PlatformTexts = {
  steps: { bySegment: 'Por segmento', vsLastYear: 'Face ao ano anterior', asTable: 'Em tabela', define: 'Definição' },
  moreParts: (n) => `mais ${n} partes não mostradas`,
  chart: 'gráfico',
  notInChannel: (invite) => `Não sou membro deste canal, por isso só você vê esta resposta, sem o gráfico. Convide-me com \`${invite}\` para responder aqui a todos.`,
  refused: (platform, code, advice) => `O ${platform} recusou a resposta (${code}). ${advice}`,
  chartFailed: (code, advice) => `Não foi possível enviar o gráfico (${code}); os números acima estão completos. ${advice}`,
  adviceMissingScope: 'Um administrador deve acrescentar a permissão, atualizando a app a partir de adapters/slack/manifest.yaml e reinstalando-a.',
  adviceRetry: 'Tente de novo; se continuar a acontecer, avise quem gere o kpibot.',
  failedLogged: 'Algo correu mal ao responder. Ficou registado; tente de novo dentro de momentos.',
  wentWrong: (detail) => `Algo correu mal ao responder (${detail}). Tente de novo dentro de momentos.`,
  notebook: {
    title: 'Caderno kpibot',
    exported: (session, when) => `Sessão \`${session}\`, exportada em ${when}.`,
    chart: (file, alt) => `Gráfico: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `consola kpibot · ${database} · ${zone} · ${kpis} KPIs (sem tokens de chat definidos)`,
};
