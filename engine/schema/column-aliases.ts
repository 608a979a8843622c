import { TABLES, type TableName } from './tables.js';

/**
 * The names people give each column in Portuguese and Romanian spreadsheets, one block per table
 * of tables.ts, each column's list in the order a message should offer them (the first is the
 * name kpibot suggests). The English name is the column's own. Names are written as people
 * write them; matching ignores case, accents, and spaces against underscores (`Data Encomenda`
 * is `data_encomenda`). A name means one column per table: a test checks every table.
 */
export interface ColumnAliases {
  readonly pt: readonly string[];
  readonly ro: readonly string[];
}

const CUSTOMER_ID: ColumnAliases = { pt: ['cliente', 'id_cliente', 'código_cliente', 'nº_cliente'], ro: ['client', 'id_client', 'cod_client'] };
const DAY: ColumnAliases = { pt: ['dia', 'data'], ro: ['zi', 'data'] };
const CHANNEL: ColumnAliases = { pt: ['canal'], ro: ['canal'] };

export const COLUMN_ALIASES: { readonly [T in TableName]: Readonly<Record<string, ColumnAliases>> } = {
  customers: {
    customer_id: CUSTOMER_ID,
    name: { pt: ['nome', 'nome_cliente', 'razão_social'], ro: ['nume', 'nume_client', 'denumire'] },
    segment: { pt: ['segmento'], ro: ['segment'] },
    region: { pt: ['região', 'zona'], ro: ['regiune', 'zonă', 'județ'] },
    plan: { pt: ['plano'], ro: ['plan', 'abonament'] },
    acquisition_channel: { pt: ['canal_aquisição', 'canal', 'origem'], ro: ['canal_achiziție', 'canal', 'sursă'] },
    signup_at: { pt: ['data_registo', 'data_adesão', 'data_cadastro', 'data'], ro: ['data_înregistrării', 'data_înscrierii', 'data'] },
    churned_at: { pt: ['data_saída', 'data_cancelamento'], ro: ['data_plecării', 'data_renunțării'] },
  },
  orders: {
    order_id: { pt: ['encomenda', 'id_encomenda', 'nº_encomenda', 'número_encomenda', 'pedido', 'id_pedido', 'número_pedido'], ro: ['comandă', 'id_comandă', 'nr_comandă', 'număr_comandă'] },
    customer_id: CUSTOMER_ID,
    ordered_at: { pt: ['data', 'data_encomenda', 'data_pedido', 'data_hora'], ro: ['data_comenzii', 'data', 'data_comandă', 'data_ora'] },
    amount: { pt: ['valor', 'montante', 'total', 'valor_total'], ro: ['sumă', 'valoare', 'total', 'valoare_totală'] },
    cost: { pt: ['custo', 'custo_mercadoria'], ro: ['cost', 'cost_marfă'] },
    status: { pt: ['estado', 'situação'], ro: ['stare', 'status'] },
  },
  tickets: {
    ticket_id: { pt: ['ticket', 'id_ticket', 'ocorrência', 'chamado'], ro: ['tichet', 'id_tichet', 'ticket', 'solicitare'] },
    customer_id: CUSTOMER_ID,
    opened_at: { pt: ['data_abertura', 'aberto_em', 'data'], ro: ['data_deschiderii', 'deschis_la', 'data'] },
    first_response_at: { pt: ['data_primeira_resposta', 'primeira_resposta'], ro: ['data_primului_răspuns', 'primul_răspuns'] },
    resolved_at: { pt: ['data_resolução', 'resolvido_em'], ro: ['data_rezolvării', 'rezolvat_la'] },
    channel: CHANNEL,
    category: { pt: ['categoria', 'tipo'], ro: ['categorie', 'tip'] },
    is_complaint: { pt: ['reclamação', 'é_reclamação'], ro: ['reclamație', 'este_reclamație'] },
    contacts: { pt: ['contactos', 'contatos', 'nº_contactos'], ro: ['contacte', 'nr_contacte'] },
  },
  surveys: {
    response_id: { pt: ['resposta', 'id_resposta'], ro: ['răspuns', 'id_răspuns'] },
    customer_id: CUSTOMER_ID,
    answered_at: { pt: ['data_resposta', 'respondido_em', 'data'], ro: ['data_răspunsului', 'data'] },
    kind: { pt: ['tipo', 'tipo_inquérito', 'tipo_pesquisa'], ro: ['tip', 'tip_sondaj'] },
    score: { pt: ['pontuação', 'nota'], ro: ['scor', 'notă'] },
  },
  leads: {
    lead_id: { pt: ['lead', 'id_lead', 'oportunidade'], ro: ['lead', 'id_lead', 'prospect'] },
    created_at: { pt: ['data_criação', 'criado_em', 'data'], ro: ['data_creării', 'creat_la', 'data'] },
    source: { pt: ['origem', 'fonte', 'canal'], ro: ['sursă', 'canal'] },
    converted_at: { pt: ['data_conversão', 'convertido_em'], ro: ['data_conversiei', 'convertit_la'] },
    customer_id: CUSTOMER_ID,
  },
  visits: {
    day: DAY,
    channel: CHANNEL,
    sessions: { pt: ['sessões', 'visitas'], ro: ['sesiuni', 'vizite'] },
  },
  invoices: {
    invoice_id: { pt: ['fatura', 'id_fatura', 'nº_fatura', 'número_fatura', 'factura'], ro: ['factură', 'id_factură', 'nr_factură', 'număr_factură'] },
    customer_id: CUSTOMER_ID,
    issued_at: { pt: ['data_emissão', 'emitida_em', 'data'], ro: ['data_emiterii', 'emisă_la', 'data'] },
    due_at: { pt: ['data_vencimento', 'vencimento'], ro: ['data_scadenței', 'scadență'] },
    paid_at: { pt: ['data_pagamento', 'paga_em'], ro: ['data_plății', 'plătită_la'] },
    amount: { pt: ['valor', 'montante', 'total'], ro: ['sumă', 'valoare', 'total'] },
  },
  marketing_spend: {
    day: DAY,
    channel: CHANNEL,
    amount: { pt: ['valor', 'custo', 'investimento', 'gasto'], ro: ['sumă', 'cost', 'cheltuială', 'valoare'] },
  },
  mentions: {
    day: DAY,
    brand: { pt: ['marca'], ro: ['marcă', 'brand'] },
    mentions: { pt: ['menções', 'nº_menções'], ro: ['mențiuni', 'nr_mențiuni'] },
    own: { pt: ['própria', 'marca_própria'], ro: ['proprie', 'marcă_proprie'] },
  },
  market: {
    month: { pt: ['mês'], ro: ['lună'] },
    market_sales: { pt: ['vendas_mercado'], ro: ['vânzări_piață'] },
    company_sales: { pt: ['vendas_empresa', 'vendas_próprias'], ro: ['vânzări_companie', 'vânzări_proprii'] },
    largest_competitor_sales: { pt: ['vendas_maior_concorrente'], ro: ['vânzări_concurent_principal'] },
  },
};

const MARKS = /\p{M}/gu;
const JOINERS = /[\s_.-]+/g;

/**
 * A header name as it is compared: no accents, lower case, words joined by `_`. Romanian's
 * comma-below ș and ț and their older cedilla forms both lose the mark. `nº` becomes `no`.
 */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(JOINERS, '_')
    .replace(/^_+|_+$/g, '');
}

/** Which column a header name means in one table, and in which languages it is that column's name. */
export interface HeaderName {
  readonly column: string;
  readonly languages: ReadonlySet<'en' | 'pt' | 'ro'>;
}

const cache = new Map<TableName, ReadonlyMap<string, HeaderName>>();

/**
 * Every name of every column of `table`, normalized. A name given to two columns would make a
 * file's meaning depend on which came first: that throws, and the test over every table keeps
 * it from shipping.
 */
export function headerNames(table: TableName): ReadonlyMap<string, HeaderName> {
  const known = cache.get(table);
  if (known !== undefined) return known;
  const names = new Map<string, { column: string; languages: Set<'en' | 'pt' | 'ro'> }>();
  const add = (name: string, column: string, language: 'en' | 'pt' | 'ro'): void => {
    const key = normalizeHeader(name);
    const entry = names.get(key);
    if (entry === undefined) names.set(key, { column, languages: new Set([language]) });
    else if (entry.column !== column) throw new Error(`${table}: the header name ${name} means both ${entry.column} and ${column}`);
    else entry.languages.add(language);
  };
  for (const c of TABLES[table].columns) {
    add(c.name, c.name, 'en');
    const aliases = COLUMN_ALIASES[table][c.name];
    for (const a of aliases?.pt ?? []) add(a, c.name, 'pt');
    for (const a of aliases?.ro ?? []) add(a, c.name, 'ro');
  }
  cache.set(table, names);
  return names;
}

/** The name a message in `language` gives a column: its first alias, or its own name in English. */
export function columnNameIn(table: TableName, column: string, language: 'en' | 'pt' | 'ro'): string {
  if (language === 'en') return column;
  return COLUMN_ALIASES[table][column]?.[language][0] ?? column;
}
