/** Romanian puts `de` between a number and its noun from 20 on, unless the number ends in 01-19: `3 zile`, `20 de zile`, `101 zile`. */
export function countRo(n: number, one: string, many: string): string {
  if (n === 1) return `1 ${one}`;
  const rest = n % 100;
  return `${n} ${n >= 20 && (rest === 0 || rest >= 20) ? 'de ' : ''}${many}`;
}
