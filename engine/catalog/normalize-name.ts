/**
 * The form names are compared in: lower case, accents dropped (users type `reclamacoes` as often
 * as `reclamações`, `retentie` as often as `retenție`), and `-`, `_` and runs of spaces folded to
 * one space, so `churn-rate`, `churn_rate` and `Churn Rate` are the same name.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}
