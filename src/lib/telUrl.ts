/** A phone number as printed (`+41 26 555 01 00`) as the `tel:` address phones dial. */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
