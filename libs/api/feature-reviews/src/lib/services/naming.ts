/** A landscape id from a name: `Q1 portfolio review` -> `q1-portfolio-review` (empty when nothing is left). */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
