/** A cell's text for a problem message: quoted, and cut short when long. */
export function quote(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}
