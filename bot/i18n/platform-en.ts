import type { PlatformTexts } from './platform-texts.js';

export const platformEn: PlatformTexts = {
  steps: { bySegment: 'By segment', vsLastYear: 'Vs last year', asTable: 'As table', define: 'Define' },
  moreParts: (n) => `${n} more parts not shown`,
  chart: 'chart',
  notInChannel: (invite) => `I'm not a member of this channel, so only you see this answer, without its chart. Invite me with \`${invite}\` to answer here for everyone.`,
  refused: (platform, code, advice) => `${platform} refused the answer (${code}). ${advice}`,
  chartFailed: (code, advice) => `The chart could not be uploaded (${code}); the numbers above are complete. ${advice}`,
  adviceMissingScope: 'An admin should add the scope by updating the app from adapters/slack/manifest.yaml and reinstalling it.',
  adviceRetry: 'Try again; if it keeps happening, tell whoever runs kpibot.',
  failedLogged: 'Something went wrong answering that. It is logged; try again in a moment.',
  wentWrong: (detail) => `Something went wrong answering that (${detail}). Try again in a moment.`,
  notebook: {
    title: 'kpibot notebook',
    exported: (session, when) => `Session \`${session}\`, exported ${when}.`,
    chart: (file, alt) => `Chart: [${file}](${file}), ${alt}`,
  },
  banner: (database, zone, kpis) => `kpibot console · ${database} · ${zone} · ${kpis} KPIs (no chat tokens set)`,
};
