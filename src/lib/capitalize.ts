/** The text with its first letter in upper case: `mardi 24 novembre` → `Mardi 24 novembre`. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
