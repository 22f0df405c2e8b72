/** Tags as an editor types them, `vaccination, santé mentale`, and back. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
