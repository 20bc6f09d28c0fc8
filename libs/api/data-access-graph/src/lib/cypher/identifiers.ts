/**
 * Labels and relationship types cannot be query parameters. They come only from the model registry
 * (never from user input), and this check makes sure nothing else slips into a statement.
 */
export function label(name: string): string {
  if (!/^[A-Z][A-Za-z]*$/.test(name)) throw new Error(`Not a label: ${name}`);
  return name;
}

export function relType(name: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(name)) throw new Error(`Not a relationship type: ${name}`);
  return name;
}
