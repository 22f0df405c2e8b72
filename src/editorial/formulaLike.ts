/**
 * Whether a spreadsheet would read a cell starting with this text as a formula: `=`, `+`, `-`, `@`, a tab, a carriage
 * return or a line feed first (OWASP, "CSV Injection"; ASVS 5.0 1.2.10). Excel and LibreOffice then compute it, and a
 * formula can fetch or run things on the computer of whoever opens the file.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\n]/.test(text);
}
