import type { BotError } from '../messages.js';

/** The `de` Romanian puts between a number and its noun from 20 up: `20 de minute`, but `2 minute`, `101 minute`. */
const de = (n: number): string => (n !== 0 && (n % 100 === 0 || n % 100 >= 20) ? 'de ' : '');

/** `1 minut`, `5 minute`, `20 de minute`. */
const count = (n: number, one: string, many: string): string => (n === 1 ? `${n} ${one}` : `${n} ${de(n)}${many}`);

/** `30 de secunde`, `1 secundă`, `0,5 secunde`: a time limit. */
const seconds = (ms: number): string => {
  const n = ms / 1000;
  const text = n.toLocaleString('ro-RO', { maximumFractionDigits: 2 });
  return n === 1 ? `${text} secundă` : `${text} ${Number.isInteger(n) ? de(n) : ''}secunde`;
};

/** `30 de minute`, `1 oră`, `2 ore`, `24 de ore`. */
const minutes = (m: number): string =>
  m >= 60 && m % 60 === 0 ? count(m / 60, 'oră', 'ore') : count(m, 'minut', 'minute');

const didYouMean = (s: readonly string[]): string => (s.length > 0 ? ` Ați vrut să spuneți ${s.map((x) => `\`${x}\``).join(', ')}?` : '');

/**
 * The Romanian words for every error code. Each message says what went wrong and what to do next.
 * The switch has no default, so a code without words here fails the type check.
 */
export function errorsRo(e: BotError): string {
  switch (e.code) {
    case 'query.empty':
      return 'Întrebați de un KPI, de ex. `churn trimestrul-trecut pe segment`. `listă` afișează toate KPI-urile.';
    case 'kpi.unknown':
      return `Nu cunosc niciun KPI numit \`${e.input}\`.${didYouMean(e.suggestions)} \`listă\` afișează toate KPI-urile.`;
    case 'dimension.unknown':
      return `\`${e.input}\` nu este o dimensiune.${didYouMean(e.suggestions)} Dimensiuni: segment, region, plan, acquisition_channel, channel, category, source, brand; timp: zi, săptămână, lună, trimestru, an.`;
    case 'dimension.not_allowed':
      return e.allowed.length > 0
        ? `${e.metric} nu se poate defalca sau filtra după ${e.dimension}. Se poate după: ${e.allowed.join(', ')} (și pe zi, săptămână, lună, trimestru, an).`
        : `${e.metric} nu are dimensiuni după care să se poată defalca sau filtra; se poate totuși împărți pe zi, săptămână, lună, trimestru sau an.`;
    case 'breakdown.too_many':
      return `O defalcare are cel mult două axe (ați dat ${e.axes.join(', ')}). Încercați \`pe ${e.axes.slice(0, 2).join(', ')}\`.`;
    case 'breakdown.two_grains':
      return `O defalcare poate avea o singură unitate de timp (ați dat ${e.axes.join(', ')}). Alegeți una dintre ele.`;
    case 'word.unknown':
      return `Nu înțeleg \`${e.input}\`.${didYouMean(e.suggestions)} O întrebare arată așa: \`<kpi> [perioadă] [pe <dim>] [unde <dim>=<valoare>] [față-de precedent|anul-trecut]\`.`;
    case 'question.unread': {
      const read = e.understood ? `Am înțeles \`${e.understood}\`, dar nu și \`${e.input}\`.` : `Nu înțeleg \`${e.input}\`.`;
      const mean = e.suggestions.length > 0 ? didYouMean(e.suggestions) : '';
      const tryIt = e.tryInstead ? ` Încercați: \`${e.tryInstead}\`.` : ' Întrebați de un KPI, de ex. `churn trimestrul-trecut pe segment`.';
      return `${read}${mean}${tryIt}`;
    }
    case 'filter.value_unknown':
      return e.known.length > 0
        ? `În date nu există valoarea \`${e.input}\` pentru ${e.dimension}. Valori disponibile: ${e.known.join(', ')}.`
        : `În date nu există valoarea \`${e.input}\` pentru ${e.dimension}.`;
    case 'query.expected':
      return {
        by: 'După `pe`, numiți o dimensiune sau o unitate de timp, de ex. `pe segment` sau `pe lună`.',
        where: 'După `unde`, dați un filtru de forma `<dimensiune>=<valoare>`, de ex. `unde segment=SMB` sau `unde channel=email,phone`.',
        vs: 'După `față-de`, scrieți `precedent`, `anul-trecut` sau o perioadă precum `2025-Q4`.',
        as: 'După `ca`, scrieți `număr`, `tabel`, `bare` sau `linie`.',
      }[e.after];
    case 'filter.time':
      return `\`${e.input}\` este o unitate de timp, nu un criteriu de filtrare; indicați mai degrabă perioada (de ex. \`2026-03\`).`;
    case 'top.invalid':
      return `\`top\` cere un număr întreg de la 1 la 100, de ex. \`top 5\`${e.input ? ` (nu \`${e.input}\`)` : ''}.`;
    case 'command.expected':
      return {
        define: 'Spuneți ce KPI să definesc, de ex. `defini churn`.',
        explain: 'Dați întrebarea de explicat, de ex. `explică churn trimestrul-trecut pe segment`.',
        why: 'Spuneți ce KPI s-a schimbat, de ex. `de-ce churn luna-trecută` sau `de-ce complaints săptămâna-trecută față-de anul-trecut`.',
        let: 'Dați un nume celulei și întrebarea ei: `let q1 = nps 2026-Q1` (nume: litere, cifre, _).',
        calc: 'Dați o expresie cu celule numite sau numerotate: `calc q2 - q1` sau `calc [4] / [3] - 1`.',
      }[e.command];
    case 'kpi.comma':
      return `Ca să întrebați de mai mulți KPI deodată, puneți o virgulă între ei: \`${e.first}, ${e.second}\`.`;
    case 'let.reserved':
      return `\`${e.name}\` este numele unui KPI; alegeți alt nume pentru celulă.`;
    case 'store.timeout':
      return `Întrebarea a durat mai mult de ${seconds(e.limitMs)}, așa că a fost oprită și nu s-a salvat nimic. Cereți o perioadă mai scurtă sau mai puține defalcări.`;
    case 'store.busy':
      return 'Baza de date este ocupată (probabil scrie un import în ea), așa că întrebarea nu a primit răspuns și nu a fost salvată. Încercați din nou peste câteva clipe.';
    case 'line.too_long':
      return `Mesajul are ${count(e.length, 'caracter', 'caractere')}; o întrebare poate avea cel mult ${count(e.max, 'caracter', 'caractere')}. Puneți câte o întrebare despre un KPI pe rând, de ex. \`churn trimestrul-trecut pe segment\`.`;
    case 'let.cell_number':
      return `\`${e.name}\` este numele pe care calc îl dă unei celule numerotate ([${e.name.replace(/^cell_/i, '')}]); alegeți alt nume pentru celulă.`;
    case 'followup.nothing':
      return 'În această conversație nu există o întrebare anterioară de rafinat. Întrebați mai întâi de un KPI, de ex. `churn trimestrul-trecut`.';
    case 'why.one_kpi':
      return `\`de-ce\` explică un singur KPI odată${e.metrics.length > 1 ? ` (ați dat ${e.metrics.join(', ')})` : ''}. Întrebați, de ex., \`de-ce ${e.metrics[0] ?? 'churn'} luna-trecută\`.`;
    case 'why.time_breakdown':
      return `\`de-ce\` explică schimbarea de la o perioadă la alta, deci nu acceptă defalcare pe ${e.grain}. Indicați în schimb perioada, de ex. \`de-ce churn 2026-03 față-de 2026-02\`.`;
    case 'why.no_comparison':
      return '`de-ce` explică o schimbare, deci are nevoie de o perioadă cu care să compare: renunțați la `față-de nimic` (implicit se compară cu perioada anterioară) sau scrieți `față-de anul-trecut` ori `față-de 2025-Q4`.';
    case 'why.no_value':
      return `${e.metric} nu are nicio valoare în ${e.period}, deci nu există nicio schimbare de explicat. Încercați alte perioade, de ex. \`față-de anul-trecut\`.`;
    case 'export.empty':
      return 'Această conversație nu are încă răspunsuri de exportat.';
    case 'calc.invalid':
      return `${e.detail}. Celulele primesc nume cu \`let\` sau se numerotează, de ex. [3].`;
    case 'policy.rate_limited':
      return `Ați pus ${count(e.questions, 'întrebare', 'întrebări')} în ultimele ${e.perSeconds} s, maximul permis unei persoane. Încercați din nou peste ${e.waitSeconds} s.`;
    case 'policy.kpi_restricted': {
      const where = e.channels.map((c) => `#${c}`).join(', ');
      const why = e.via ? `: citește ${e.via.reads}, la fel ca ${e.via.kpi}, iar ${e.via.kpi} este restricționat` : '';
      return `${e.metric} nu este partajat în acest canal${why}. Întrebați în ${where || 'un canal permis de un administrator'} sau cereți unui administrator să permită și acest canal.`;
    }
    case 'policy.guest':
      return 'Conturile de invitat nu pot cere aici KPI-urile companiei. Rugați un membru cu drepturi depline al spațiului de lucru sau cereți unui administrator să seteze `access.allow_guests` în kpibot.config.yaml.';
    case 'policy.external':
      return 'Acest bot răspunde doar membrilor propriului spațiu de lucru. Întrebați pe cineva de acolo sau cereți unui administrator să seteze `access.allow_external` în kpibot.config.yaml.';
    case 'ask.single':
      return `\`${e.input}\` nu este o singură întrebare; \`kpibot ask\` răspunde la o singură interogare (restul merg în consolă și în chat).`;
    case 'period.twice':
      return `Ați dat două perioade (\`${e.first}\` și \`${e.second}\`). Păstrați una; pentru comparație folosiți \`față-de precedent\` sau \`față-de anul-trecut\`.`;
    case 'period.unknown':
      return `Nu recunosc perioada \`${e.input}\`. Încercați ultimele-30-zile, trimestrul-trecut, anul-acesta, 2026-Q1, 2026-03, 2026-W05 sau 2026-01-01..2026-03-31.`;
    case 'subscribe.schedule':
      return 'Spuneți cât de des: `abonează nps zilnic la 09:00`, `abonează churn săptămânal luni`, `abonează revenue lunar în ziua 1` sau `cron "0 9 * * 1-5"`.';
    case 'subscribe.day':
      return `Un rezumat lunar se trimite într-o zi de la 1 la 28 (le au toate lunile), nu \`${e.input}\`.`;
    case 'subscribe.cron':
      return `\`${e.input}\` nu este un program cron pe care îl pot folosi (${e.detail}). Scrieți cinci câmpuri între ghilimele, de ex. \`cron "0 9 * * 1-5"\` pentru ora 09:00 în zilele lucrătoare.`;
    case 'subscribe.too_often':
      return `Acest program trimite chiar și la fiecare ${minutes(e.everyMinutes)}; aici un rezumat se trimite cel mult o dată la ${minutes(e.minMinutes)}. Alegeți unul mai rar, de ex. \`cron "0 9 * * 1-5"\` sau \`zilnic la 09:00\`, ori cereți unui administrator să micșoreze \`digest_min_interval_minutes\` în kpibot.config.yaml.`;
    case 'subscribe.zone':
      return `Nu recunosc fusul orar \`${e.input}\`. Folosiți un nume IANA, precum Europe/Bucharest, Europe/Lisbon sau America/Sao_Paulo.`;
    case 'subscribe.target':
      return 'După `țintă`, dați un număr (`țintă 40`) sau câte unul pentru fiecare KPI (`țintă nps=40, churn=5`).';
    case 'subscribe.alert':
      return 'O alertă se scrie `alertă peste 5` sau `alertă churn sub 30`; rezumatul se trimite doar când KPI-ul trece de acea valoare.';
    case 'subscribe.question':
      return 'Spuneți ce să raporteze rezumatul: `abonează nps, churn săptămânal luni la 09:00`.';
    case 'unsubscribe.id':
      return `Dați numărul abonamentului de oprit, de ex. \`dezabonează 3\`${e.input ? ` (nu \`${e.input}\`)` : ''}; \`abonamente\` le afișează pe toate.`;
    case 'subscription.id': {
      const command = { pause: 'pauză', resume: 'reia' }[e.command];
      const action = { pause: 'pus pe pauză', resume: 'reluat' }[e.command];
      return `Dați numărul abonamentului de ${action}, de ex. \`${command} 3\`${e.input ? ` (nu \`${e.input}\`)` : ''}; \`abonamente\` le afișează pe toate.`;
    }
    case 'digest.usage':
      return `\`rezumat 3 acum\` trimite chiar acum abonamentul #3 în acest canal; \`rezumat 3 istoric\` arată ultimele 10 trimiteri${e.input ? ` (nu \`rezumat ${e.input}\`)` : ''}. \`abonamente\` afișează numerele.`;
    case 'target.usage':
      return `O țintă se scrie \`țintă <kpi> <op> <valoare> [perioadă]\`, de ex. \`țintă revenue >= 1200 lună\` sau \`țintă churn cel mult 5\` (op: >=, <=, peste, sub, cel puțin, cel mult)${e.input ? ` (nu \`${e.input}\`)` : ''}. \`șterge țintă <kpi>\` elimină una; \`ținte\` le afișează pe toate.`;
    case 'target.unknown':
      return `${e.metric} nu are o țintă stabilită pentru spațiul de lucru. \`ținte\` le afișează pe cele stabilite.`;
    case 'targets.off':
      return 'Țintele nu sunt disponibile aici.';
    case 'subscription.unknown':
      return `Acest canal nu are abonamentul #${e.id}. \`abonamente\` le afișează pe cele existente.`;
    case 'subscriptions.off':
      return 'Rezumatele nu sunt disponibile aici.';
    case 'policy.not_manager':
      return `Doar responsabilii de abonamente pot modifica ${e.changes === 'digests' ? 'rezumatele acestui canal' : 'țintele spațiului de lucru'}. Rugați pe unul dintre ei sau cereți unui administrator să vă adauge în \`access.subscription_managers\` din kpibot.config.yaml.`;
    case 'period.invalid':
      return `\`${e.input}\` nu este o perioadă validă: ${e.detail}.`;
  }
}
