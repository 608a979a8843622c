/**
 * The words people put around a KPI question, in English, Portuguese and Romanian, as data: what
 * is skipped, what joins, what introduces a breakdown, a comparison or a ranking, and how names
 * are inflected. Words are compared after `normalizeName` (no case, no accents, `-` as a space),
 * so each is written once as people spell it. Adding a word or a language is an edit here.
 */

/**
 * Question and filler words: skipped when the rest of the question reads completely. Only these
 * are ever skipped; any other word that is not understood fails the question and is named.
 */
export const FILLER_WORDS: Readonly<Record<'en' | 'pt' | 'ro', readonly string[]>> = {
  en: [
    'pull', 'pull up', 'bring up', 'fetch', 'ticket', 'tickets', 'coming', 'came from', 'acquired', 'through', 'via', 'chart', 'graph', 'please show', 'what', "what's", 'whats', 'which', 'who', 'how', "how's", 'much', 'many', 'was', 'were', 'is', 'are', "isn't", 'be', 'been', 'being',
    'our', 'my', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'during', 'over', 'about', 'throughout', 'within', 'across', 'among',
    'amongst', 'from', 'to', 'into', 'between', 'with', 'among', 'show', 'me', 'us', 'give', 'tell', 'get', 'got', 'see', 'display',
    'list', 'please', 'pls', 'can', 'could', 'would', 'will', 'you', 'i', 'we', 'want', 'wanna', 'like', 'know', 'need', 'did', 'do',
    'does', 'have', 'has', 'had', 'it', 'its', 'there', 'this', 'that', 'these', 'those', 'so', 'far', 'total', 'overall', 'current',
    'currently', 'value', 'values', 'level', 'levels', 'figure', 'figures', 'kpi', 'kpis', 'metric', 'metrics', 'stats', 'statistics',
    'numbers', 'all', 'look', 'looks', 'looking', 'like', 'doing', 'happened', 'happen', 'change', 'changed', 'go', 'went', 'come',
    'came', 'receive', 'received', 'make', 'made', 'sign', 'signed', 'up', 'buy', 'bought', 'sell', 'sold', 'lose', 'lost', 'win',
    'won', 'rate', 'ratio', 'our company', "company's", 'company', 'team', 'exactly', 'just', 'only', 'really', 'then', 'now',
    'right', 'hey', 'hi', 'hello', 'kpibot', 'quick', 'question', 'period', 'time', 'customer', 'customers', 'client', 'clients',
    'score', 'scores', 'ranked', 'sorted', 'ranking', 'rank', 'some', 'any', 'overview', 'breakdown', 'trend', 'evolution',
    // how a number moved, as a `why` question says it: `why did churn rise last month`
    'rise', 'rose', 'risen', 'fall', 'fell', 'fallen', 'drop', 'dropped', 'increase', 'increased', 'decrease', 'decreased', 'grow',
    'grew', 'grown', 'jump', 'jumped', 'move', 'moved', 'down', 'so much',
  ],
  pt: [
    'pode', 'podes', 'poderia', 'podia', 'consegue', 'consegues', 'mostrar-me', 'chamado', 'chamados', 'vindos', 'vindas', 'vindo', 'vinda', 'provenientes', 'oriundos', 'adquiridos', 'gráfico', 'grafico', 'qual', 'quais', 'quanto', 'quanta', 'quantos', 'quantas', 'como', 'foi', 'foram', 'era', 'eram', 'e', 'é', 'sao', 'são', 'esta',
    'está', 'estao', 'estão', 'esteve', 'estiveram', 'o', 'a', 'os', 'as', 'um', 'uma', 'do', 'da', 'dos', 'das', 'de', 'no', 'na',
    'nos', 'nas', 'em', 'para', 'pra', 'pro', 'pelo', 'pela', 'pelos', 'pelas', 'ao', 'à', 'aos', 'às', 'nosso', 'nossa', 'nossos',
    'nossas', 'meu', 'minha', 'me', 'mostra', 'mostre', 'mostrar', 'mostra-me', 'mostre-me', 'diz', 'diga', 'diz-me', 'diga-me', 'dá',
    'da-me', 'dá-me', 'quero', 'queria', 'gostaria', 'ver', 'saber', 'valor', 'valores', 'total', 'entre', 'sobre', 'durante', 'teve',
    'tivemos', 'tiveram', 'houve', 'há', 'temos', 'tem', 'têm', 'por favor', 'favor', 'atual', 'atualmente', 'ficou', 'ficaram',
    'anda', 'andou', 'com', 'sem', 'registámos', 'registamos', 'registrado', 'registado', 'recebemos', 'vendemos', 'ganhamos',
    'perdemos', 'fizemos', 'nível', 'nivel', 'indicador', 'número', 'numero', 'números', 'numeros', 'dados', 'empresa', 'então',
    'agora', 'só', 'apenas', 'olá', 'ola', 'oi', 'taxa', 'clientes', 'cliente', 'ranking', 'classificação', 'classificacao',
    'período', 'periodo', 'que', 'cada', 'evolução', 'evolucao', 'tendência', 'resumo', 'índice', 'indice',
    // how a number moved: `por que o churn subiu no mês passado`
    'subiu', 'subir', 'caiu', 'cair', 'aumentou', 'aumentar', 'diminuiu', 'baixou', 'cresceu', 'mudou', 'variou', 'tanto',
    // the same of a plural KPI: `porque subiram as reclamações em outubro`
    'subiram', 'caíram', 'aumentaram', 'diminuíram', 'baixaram', 'cresceram', 'desceu', 'desceram', 'mudaram', 'variaram',
  ],
  ro: [
    'poți', 'poti', 'puteți', 'puteti', 'poate', 'să-mi', 'sa-mi', 'arăți', 'arati', 'ca', 'tichet', 'tichete', 'veniți', 'veniti', 'venite', 'venit', 'proveniți', 'proveniti', 'achiziționați', 'achizitionati', 'prin', 'grafic', 'care', 'ce', 'cat', 'cât', 'cata', 'câtă', 'cate', 'câte', 'cati', 'câți', 'cum', 'a', 'au', 'am', 'ati', 'ați', 'fost', 'este',
    'e', 'sunt', 'era', 'erau', 'al', 'ai', 'ale', 'lui', 'ei', 'de', 'din', 'în', 'in', 'la', 'pentru', 'nostru', 'noastră', 'noastra',
    'noștri', 'nostri', 'noastre', 'mi', 'îmi', 'imi', 'ne', 'arată', 'arata', 'arată-mi', 'arata-mi', 'spune', 'spune-mi', 'dă-mi',
    'da-mi', 'vreau', 'aș vrea', 'as vrea', 'să', 'sa', 'văd', 'vad', 'știu', 'stiu', 'valoarea', 'valorile', 'nivelul', 'totalul',
    'despre', 'între', 'intre', 'privind', 'vă rog', 'va rog', 'te rog', 'avut', 'avem', 'are', 'fi', 's-a', 's-au', 'primit',
    'vândut', 'vandut', 'pierdut', 'câștigat', 'castigat', 'înregistrat', 'inregistrat', 'situația', 'situatia', 'cu', 'fără', 'fara',
    'acum', 'doar', 'numai', 'salut', 'bună', 'buna', 'firma', 'compania', 'rata', 'clienții', 'clientii', 'clienților', 'clientilor',
    'clienți', 'clienti', 'client', 'clientul', 'clasament', 'clasamentul', 'top-ul', 'perioada', 'fiecare', 'fiecărei', 'fiecarui',
    'fiecărui', 'cel', 'cea', 'cei', 'cele', 'mai', 'evoluția', 'evolutia', 'indicele', 'scorul',
    // how a number moved: `de ce a crescut churn-ul luna trecută`
    'crescut', 'scăzut', 'scazut', 'crește', 'creste', 'scade', 'schimbat', 'modificat', 'atât', 'atat',
  ],
};

/** Words that join two KPIs, two values or two axes: `nps and csat`, `smb e enterprise`, `email sau telefon`. */
export const JOIN_WORDS: readonly string[] = ['and', '&', 'plus', 'or', 'e', 'ou', 'și', 'si', 'sau', 'ori'];

/** Words that introduce a breakdown (`by segment`, `por categoria`, `pe regiuni`, `for each region`). */
export const BY_WORDS: readonly string[] = [
  'by', 'per', 'broken down by', 'split by', 'grouped by', 'for each', 'for every', 'each',
  'por', 'por cada', 'para cada', 'dividido por', 'agrupado por', 'em cada',
  'pe', 'după', 'dupa', 'pentru fiecare', 'pe fiecare', 'defalcat pe', 'defalcată pe', 'defalcate pe', 'defalcați pe',
  'împărțit pe', 'împărțită pe', 'impartit pe', 'grupat pe', 'grupată pe', 'împărțite pe',
];

/** Words that introduce a comparison; what follows says with what (`vs last year`, `em relação ao mês anterior`). */
export const COMPARE_WORDS: readonly string[] = [
  'vs', 'vs.', 'versus', 'against', 'compared with', 'compared to', 'comparing with', 'comparing to', 'relative to',
  'contra', 'comparado com', 'comparada com', 'comparados com', 'comparadas com', 'comparado ao', 'comparado à', 'comparado a', 'comparando com', 'em relação ao', 'em relação à',
  'em relação a', 'em comparação com', 'face ao', 'face à', 'frente ao', 'relativamente ao', 'em relacao ao', 'em relacao a',
  'față de', 'fata de', 'comparativ cu', 'în comparație cu', 'in comparatie cu', 'raportat la', 'comparat cu', 'comparată cu',
  'comparate cu', 'comparați cu', 'comparativ',
];

/** `previous` after a comparison word, in any order with a unit word: `the previous month`, `o mês anterior`, `luna precedentă`. */
export const PREVIOUS_WORDS: readonly string[] = [
  'previous', 'prior', 'preceding', 'prev', 'before', 'anterior', 'anteriores', 'precedente', 'precedent', 'precedentă',
  'precedenta', 'anterioară', 'anterioara', 'dinainte',
];

/** Unit words that may stand beside `previous` and mean nothing more (`the previous month` is the period before). */
export const UNIT_WORDS: readonly string[] = [
  'period', 'day', 'week', 'month', 'quarter', 'half', 'year', 'one',
  'período', 'periodo', 'dia', 'semana', 'mês', 'mes', 'trimestre', 'semestre', 'ano',
  'perioada', 'perioadă', 'ziua', 'zi', 'săptămâna', 'saptamana', 'luna', 'lună', 'trimestrul', 'trimestru', 'semestrul', 'anul', 'an',
];

/** After a comparison word: the same dates a year earlier (`vs last-year`). */
export const LAST_YEAR_WORDS: readonly string[] = [
  'last year', 'last-year', 'ly', 'the same period last year', 'same period last year', 'a year ago', 'a year earlier',
  'the year before', 'ano passado', 'o ano passado', 'o mesmo período do ano passado', 'mesmo período do ano passado',
  'o período homólogo', 'período homólogo', 'homólogo', 'anul trecut', 'aceeași perioadă a anului trecut',
  'aceeasi perioada a anului trecut', 'aceeași perioadă de anul trecut', 'perioada similară a anului trecut', 'aceeași perioadă din anul trecut',
  'anul anterior', 'o ano anterior', 'the previous year', 'o mesmo período no ano passado', 'same time last year',
  'the prior year',
];

/** After a comparison word: no comparison at all. */
export const NONE_WORDS: readonly string[] = ['none', 'nothing', 'nada', 'nenhum', 'nimic'];

/** Comparisons people type as one abbreviation or phrase, with no `vs` before them. */
export const COMPARE_SHORTHANDS: Readonly<Record<string, 'previous' | 'last-year' | 'none'>> = {
  'without comparison': 'none',
  'without a comparison': 'none',
  'no comparison': 'none',
  'sem comparação': 'none',
  'sem comparar': 'none',
  'fără comparație': 'none',
  'fără comparare': 'none',
  yoy: 'last-year',
  'y/y': 'last-year',
  'year over year': 'last-year',
  'year-over-year': 'last-year',
  'ano contra ano': 'last-year',
  'an la an': 'last-year',
  homologo: 'last-year',
  mom: 'previous',
  'm/m': 'previous',
  'month over month': 'previous',
  'month-over-month': 'previous',
  wow: 'previous',
  'w/w': 'previous',
  'week over week': 'previous',
  qoq: 'previous',
  'q/q': 'previous',
  'quarter over quarter': 'previous',
};

/**
 * Ranking words. `top`/`bottom` keep the largest or the smallest groups; `best`/`worst` depend on
 * the KPI's good direction (the worst churn is the highest).
 */
export const RANK_WORDS: Readonly<Record<string, 'top' | 'bottom' | 'best' | 'worst'>> = {
  top: 'top',
  largest: 'top',
  biggest: 'top',
  highest: 'top',
  most: 'top',
  greatest: 'top',
  maiores: 'top',
  'mais altos': 'top',
  'mais altas': 'top',
  primeiros: 'top',
  primeiras: 'top',
  'cele mai mari': 'top',
  'cei mai mari': 'top',
  'cele mai multe': 'top',
  'cei mai multi': 'top',
  'cei mai mulți': 'top',
  primele: 'top',
  primii: 'top',
  bottom: 'bottom',
  smallest: 'bottom',
  lowest: 'bottom',
  least: 'bottom',
  fewest: 'bottom',
  menores: 'bottom',
  'mais baixos': 'bottom',
  'mais baixas': 'bottom',
  'cele mai mici': 'bottom',
  'cei mai mici': 'bottom',
  'cele mai puține': 'bottom',
  'cele mai putine': 'bottom',
  mais: 'top',
  'a maior': 'top',
  'o maior': 'top',
  'cea mai mare': 'top',
  'cel mai mare': 'top',
  'cea mai mica': 'bottom',
  'cel mai mic': 'bottom',
  menos: 'bottom',
  'a menor': 'bottom',
  'o menor': 'bottom',
  best: 'best',
  melhores: 'best',
  melhor: 'best',
  'cele mai bune': 'best',
  'cei mai buni': 'best',
  'cel mai bun': 'best',
  'cea mai bună': 'best',
  'cea mai buna': 'best',
  worst: 'worst',
  piores: 'worst',
  pior: 'worst',
  'cele mai slabe': 'worst',
  'cei mai slabi': 'worst',
  'cele mai proaste': 'worst',
  'cei mai proști': 'worst',
  'cei mai prosti': 'worst',
  'cel mai slab': 'worst',
  'cea mai slabă': 'worst',
  'cea mai slaba': 'worst',
};

/**
 * Endings that inflect a noun without changing what it names: plurals, and the Romanian enclitic
 * articles (`veniturile`, `clientului`, `reclamațiilor`). A name and a word match when both reduce
 * to the same stem by stripping these, longest first, while at least four letters remain.
 */
/** Portuguese plurals whose singular differs in more than an ending: `canais` → `canal`, `regiões` → `região`. */
export const PLURAL_REWRITES: readonly (readonly [string, string])[] = [
  ['ais', 'al'],
  ['eis', 'el'],
  ['oes', 'ao'],
  ['aes', 'ao'],
];

export const INFLECTION_ENDINGS: readonly string[] = [
  // Romanian articles and plurals
  'ilor', 'elor', 'ului', 'urile', 'uri', 'lor', 'ile', 'ele', 'ul', 'ii', 'ei',
  // Portuguese plurals (-ões, -ães, -ais, -éis are rewritten to their singular first: PLURAL_REWRITES)
  'es',
  // English plurals and the vowels the three languages end their nouns in
  'ies', 's', 'a', 'e', 'i', 'o', 'u', 'y',
];

/** Portuguese contractions read as their two words: `deste mês` is `de este mês`, `nesta semana` `em esta semana`. */
export const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  deste: ['de', 'este'],
  desta: ['de', 'esta'],
  destes: ['de', 'estes'],
  destas: ['de', 'estas'],
  neste: ['em', 'este'],
  nesta: ['em', 'esta'],
  nestes: ['em', 'estes'],
  nestas: ['em', 'estas'],
  naquele: ['em', 'aquele'],
  daquele: ['de', 'aquele'],
};

/**
 * Romanian articles written after a hyphen on a borrowed word (`nps-ul`, `churn-ul`,
 * `site-ului`): the word is read without them.
 */
export const HYPHEN_ARTICLES: readonly string[] = ['ul', 'ului', 'uri', 'urile', 'urilor', 'le', 'lor', 'a', 'ei', 'ii', 'i'];

/** Views asked for without `as`: `just the number`, `como gráfico de barras`, `ca grafic cu bare`. */
export const VIEW_PHRASES: Readonly<Record<string, 'number' | 'table' | 'bar' | 'line'>> = {
  'just the number': 'number',
  'only the number': 'number',
  'the number only': 'number',
  'só o número': 'number',
  'apenas o número': 'number',
  'doar numărul': 'number',
  'doar cifra': 'number',
  'numai numărul': 'number',
  'line chart': 'line',
  'line graph': 'line',
  'bar chart': 'bar',
  'bar graph': 'bar',
  'gráfico de linhas': 'line',
  'gráfico de linha': 'line',
  'gráfico de barras': 'bar',
  'grafic cu bare': 'bar',
  'grafic de bare': 'bar',
  'grafic cu linie': 'line',
  'grafic cu linii': 'line',
  'grafic de linii': 'line',
  'grafic cu bare verticale': 'bar',
  'gráfico em linha': 'line',
  'grafic linie': 'line',
  'grafic liniar': 'line',
  tabela: 'table',
  tabel: 'table',
  'em tabela': 'table',
  'sob a forma de tabela': 'table',
  'sub formă de tabel': 'table',
};

/** `where region is Europe`, `onde região é LATAM`, `unde regiunea este APAC`: the words between a dimension and its value. */
export const IS_WORDS: readonly string[] = ['=', 'is', 'equals', 'é', 'e', 'igual a', 'este', 'e egal cu', 'egal cu'];

/**
 * Dimension names in the singular: `which category had the most tickets` asks for one group (top 1),
 * `which categories` for a ranking.
 */
export const SINGULAR_AXIS_WORDS: readonly string[] = [
  'segment', 'region', 'plan', 'channel', 'category', 'source', 'brand', 'acquisition channel',
  'segmento', 'região', 'plano', 'canal', 'categoria', 'origem', 'fonte', 'marca',
  'segmentul', 'regiune', 'regiunea', 'planul', 'canalul', 'categorie', 'categoria', 'sursa', 'sursă',
];
