import type { BotError } from '../messages.js';

/** `30`, `0,5`: a time limit in seconds. */
const seconds = (ms: number): string => (ms / 1000).toLocaleString('pt-PT', { maximumFractionDigits: 2 });

/** `30 minutos`, `1 hora`, `2 horas`. */
const minutes = (m: number): string =>
  m >= 60 && m % 60 === 0 ? `${m / 60} hora${m === 60 ? '' : 's'}` : `${m} minuto${m === 1 ? '' : 's'}`;

const didYouMean = (s: readonly string[]): string => (s.length > 0 ? ` Quis dizer ${s.map((x) => `\`${x}\``).join(', ')}?` : '');

/**
 * The Portuguese words for every error code. Each message says what went wrong and what to do next.
 * The switch has no default, so a code without words here fails the type check.
 */
export function errorsPt(e: BotError): string {
  switch (e.code) {
    case 'query.empty':
      return 'Peça um KPI, por exemplo `rotatividade trimestre-passado por segmento`. `lista` mostra todos os KPIs.';
    case 'kpi.unknown':
      return `Não conheço nenhum KPI chamado \`${e.input}\`.${didYouMean(e.suggestions)} \`lista\` mostra todos os KPIs.`;
    case 'dimension.unknown':
      return `\`${e.input}\` não é uma dimensão.${didYouMean(e.suggestions)} Dimensões: segment, region, plan, acquisition_channel, channel, category, source, brand; tempo: dia, semana, mês, trimestre, ano.`;
    case 'dimension.not_allowed':
      return e.allowed.length > 0
        ? `${e.metric} não pode ser dividido nem filtrado por ${e.dimension}. Pode ser por: ${e.allowed.join(', ')} (e por dia, semana, mês, trimestre, ano).`
        : `${e.metric} não tem dimensões para dividir ou filtrar, mas pode ser dividido por dia, semana, mês, trimestre ou ano.`;
    case 'breakdown.too_many':
      return `Uma divisão aceita no máximo dois eixos (pediu ${e.axes.join(', ')}). Experimente \`por ${e.axes.slice(0, 2).join(', ')}\`.`;
    case 'breakdown.two_grains':
      return `Só é possível uma unidade de tempo por divisão (pediu ${e.axes.join(', ')}). Escolha uma delas.`;
    case 'word.unknown':
      return `Não entendo \`${e.input}\`.${didYouMean(e.suggestions)} Uma pergunta tem a forma \`<kpi> [período] [por <dim>] [onde <dim>=<valor>] [vs anterior|ano-passado]\`.`;
    case 'question.unread': {
      const read = e.understood ? `Entendi \`${e.understood}\`, mas não \`${e.input}\`.` : `Não entendo \`${e.input}\`.`;
      const mean = e.suggestions.length > 0 ? didYouMean(e.suggestions) : '';
      const tryIt = e.tryInstead ? ` Experimente: \`${e.tryInstead}\`.` : ' Peça um KPI, por exemplo `rotatividade trimestre-passado por segmento`.';
      return `${read}${mean}${tryIt}`;
    }
    case 'filter.value_unknown':
      return e.known.length > 0
        ? `Não há \`${e.input}\` em ${e.dimension} nos dados. Valores existentes: ${e.known.join(', ')}.`
        : `Não há \`${e.input}\` em ${e.dimension} nos dados.`;
    case 'query.expected':
      return {
        by: 'Depois de `por`, indique uma dimensão ou unidade de tempo, por exemplo `por segmento` ou `por mês`.',
        where: 'Depois de `onde`, indique um filtro na forma `<dimensão>=<valor>`, por exemplo `onde segmento=SMB` ou `onde canal=email,phone`.',
        vs: 'Depois de `vs`, indique `anterior`, `ano-passado` ou um período como `2025-Q4`.',
        as: 'Depois de `como`, indique `número`, `tabela`, `barras` ou `linha`.',
      }[e.after];
    case 'filter.time':
      return `\`${e.input}\` é uma unidade de tempo e não serve de filtro; indique antes o período (por exemplo \`2026-03\`).`;
    case 'top.invalid':
      return `\`top\` aceita um número inteiro de 1 a 100, por exemplo \`top 5\`${e.input ? ` (não \`${e.input}\`)` : ''}.`;
    case 'command.expected':
      return {
        define: 'Indique o KPI a definir, por exemplo `definir churn`.',
        explain: 'Indique a pergunta a explicar, por exemplo `explicar rotatividade trimestre-passado por segmento`.',
        why: 'Indique o KPI que mudou, por exemplo `porquê rotatividade mês-passado` ou `porquê reclamações semana-passada vs ano-passado`.',
        let: 'Dê um nome à célula e a respetiva pergunta: `let q1 = nps 2026-Q1` (nomes: letras, algarismos e _).',
        calc: 'Indique uma expressão com células nomeadas ou numeradas: `calcular q2 - q1` ou `calcular [4] / [3] - 1`.',
      }[e.command];
    case 'kpi.comma':
      return `Para pedir vários KPIs de uma vez, separe-os com uma vírgula: \`${e.first}, ${e.second}\`.`;
    case 'let.reserved':
      return `\`${e.name}\` é o nome de um KPI; escolha outro nome para a célula.`;
    case 'store.timeout': {
      const s = seconds(e.limitMs);
      return `Esta pergunta demorou mais de ${s} segundo${s === '1' ? '' : 's'}, por isso foi interrompida e nada foi guardado. Peça um período mais curto ou menos desagregações.`;
    }
    case 'store.busy':
      return 'A base de dados está ocupada (provavelmente há uma importação a gravar dados), por isso esta pergunta não foi respondida nem guardada. Tente novamente daqui a pouco.';
    case 'line.too_long':
      return `Essa mensagem tem ${e.length} caracteres; uma pergunta pode ter no máximo ${e.max}. Faça uma pergunta sobre um KPI de cada vez, por exemplo \`rotatividade trimestre-passado por segmento\`.`;
    case 'let.cell_number':
      return `\`${e.name}\` é o nome que o \`calcular\` dá a uma célula numerada ([${e.name.replace(/^cell_/i, '')}]); escolha outro nome para a célula.`;
    case 'followup.nothing':
      return 'Ainda não há nenhuma pergunta anterior nesta conversa para refinar. Peça primeiro um KPI, por exemplo `rotatividade trimestre-passado`.';
    case 'why.one_kpi':
      return `\`porquê\` explica um KPI de cada vez${e.metrics.length > 1 ? ` (pediu ${e.metrics.join(', ')})` : ''}. Pergunte, por exemplo, \`porquê ${e.metrics[0] ?? 'rotatividade'} mês-passado\`.`;
    case 'why.time_breakdown':
      return `\`porquê\` explica a mudança de um período para outro, por isso não aceita uma divisão por ${e.grain}. Indique antes o período, por exemplo \`porquê rotatividade 2026-03 vs 2026-02\`.`;
    case 'why.no_comparison':
      return '`porquê` explica uma mudança, por isso precisa de um período para comparar: retire `vs nada` (sem ele, compara com o período anterior) ou indique `vs ano-passado` ou `vs 2025-Q4`.';
    case 'why.no_value':
      return `${e.metric} não tem valor em ${e.period}, por isso não há mudança para explicar. Experimente outros períodos, por exemplo \`vs ano-passado\`.`;
    case 'export.empty':
      return 'Esta conversa ainda não tem respostas para exportar.';
    case 'calc.invalid':
      return `${e.detail}. As células recebem um nome com \`let\` ou são numeradas, como [3].`;
    case 'policy.rate_limited':
      return `Fez ${e.questions} perguntas nos últimos ${e.perSeconds} s, o máximo permitido por pessoa. Tente novamente daqui a ${e.waitSeconds} s.`;
    case 'policy.kpi_restricted': {
      const where = e.channels.map((c) => `#${c}`).join(', ');
      const why = e.via ? `: usa dados de ${e.via.reads}, tal como ${e.via.kpi}, e ${e.via.kpi} tem acesso restrito` : '';
      return `${e.metric} não está disponível neste canal${why}. Pergunte em ${where || 'um canal autorizado por um administrador'} ou peça a um administrador que autorize este.`;
    }
    case 'policy.guest':
      return 'As contas de convidado não podem pedir KPIs da empresa aqui. Peça a um membro efetivo do espaço de trabalho ou a um administrador que ative `access.allow_guests` em kpibot.config.yaml.';
    case 'policy.external':
      return 'Este bot só responde a membros do seu próprio espaço de trabalho. Peça a alguém de lá ou a um administrador que ative `access.allow_external` em kpibot.config.yaml.';
    case 'ask.single':
      return `\`${e.input}\` não é uma única pergunta; \`kpibot ask\` responde a uma pergunta de cada vez (para o resto, use a consola ou o chat).`;
    case 'period.twice':
      return `Indicou dois períodos (\`${e.first}\` e \`${e.second}\`). Fique só com um; para comparar, use \`vs anterior\` ou \`vs ano-passado\`.`;
    case 'period.unknown':
      return `Não conheço o período \`${e.input}\`. Experimente últimos-30-dias, trimestre-passado, este-ano, 2026-Q1, 2026-03, 2026-W05 ou 2026-01-01..2026-03-31.`;
    case 'subscribe.schedule':
      return 'Indique a frequência: `assinar nps diário às 09:00`, `assinar rotatividade semanal na segunda`, `assinar receita mensal no dia 1` ou `cron "0 9 * * 1-5"`.';
    case 'subscribe.day':
      return `Um resumo mensal é enviado num dia de 1 a 28 (que existem em todos os meses), não \`${e.input}\`.`;
    case 'subscribe.cron':
      return `\`${e.input}\` não é um horário cron que eu consiga usar (${e.detail}). Escreva cinco campos entre aspas, por exemplo \`cron "0 9 * * 1-5"\` para as 09:00 nos dias úteis.`;
    case 'subscribe.too_often':
      return `Esse agendamento chega a enviar a cada ${minutes(e.everyMinutes)}; aqui, um resumo é enviado no máximo a cada ${minutes(e.minMinutes)}. Escolha um mais espaçado, por exemplo \`cron "0 9 * * 1-5"\` ou \`diário às 09:00\`, ou peça a um administrador que reduza \`digest_min_interval_minutes\` em kpibot.config.yaml.`;
    case 'subscribe.zone':
      return `Não conheço o fuso horário \`${e.input}\`. Use um nome IANA, como Europe/Lisbon, America/Sao_Paulo ou Europe/Bucharest.`;
    case 'subscribe.target':
      return 'Depois de `meta`, indique um número (`meta 40`) ou um por KPI (`meta nps=40, rotatividade=5`).';
    case 'subscribe.alert':
      return 'Um alerta escreve-se `alerta acima 5` ou `alerta rotatividade abaixo 30`: o resumo só é enviado quando o KPI ultrapassa esse limite.';
    case 'subscribe.question':
      return 'Indique o que o resumo deve mostrar: `assinar nps, rotatividade semanal na segunda às 09:00`.';
    case 'unsubscribe.id':
      return `Indique o número da assinatura a cancelar, por exemplo \`cancelar 3\`${e.input ? ` (não \`${e.input}\`)` : ''}; \`assinaturas\` mostra a lista.`;
    case 'subscription.id': {
      const command = { pause: 'pausar', resume: 'retomar' }[e.command];
      return `Indique o número da assinatura a ${command}, por exemplo \`${command} 3\`${e.input ? ` (não \`${e.input}\`)` : ''}; \`assinaturas\` mostra a lista.`;
    }
    case 'digest.usage':
      return `\`resumo 3 agora\` envia já a assinatura #3 para este canal; \`resumo 3 histórico\` mostra os últimos 10 envios${e.input ? ` (não \`resumo ${e.input}\`)` : ''}. \`assinaturas\` mostra os números.`;
    case 'target.usage':
      return `Uma meta escreve-se \`meta <kpi> <op> <valor> [período]\`, por exemplo \`meta receita >= 1200 por mês\` ou \`meta rotatividade no máximo 5\` (op: >=, <=, acima, abaixo, pelo menos, no máximo)${e.input ? ` (não \`${e.input}\`)` : ''}. \`remover meta <kpi>\` apaga uma; \`metas\` mostra a lista.`;
    case 'target.unknown':
      return `${e.metric} não tem meta definida no espaço de trabalho. \`metas\` mostra as que estão definidas.`;
    case 'targets.off':
      return 'As metas não estão disponíveis aqui.';
    case 'subscription.unknown':
      return `Este canal não tem a assinatura #${e.id}. \`assinaturas\` mostra as que tem.`;
    case 'subscriptions.off':
      return 'Os resumos não estão disponíveis aqui.';
    case 'policy.not_manager':
      return `Só os gestores de assinaturas podem alterar ${e.changes === 'digests' ? 'os resumos deste canal' : 'as metas do espaço de trabalho'}. Peça a um deles ou a um administrador que acrescente a sua conta a \`access.subscription_managers\` em kpibot.config.yaml.`;
    case 'period.invalid':
      return `\`${e.input}\` não é um período válido: ${e.detail}.`;
  }
}
