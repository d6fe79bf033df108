/** Replaces `{0}`, `{1}`, ... in a localized text with the given arguments (ABP's format). */
export function formatText(text: string, args: readonly unknown[]): string {
  if (args.length === 0) {
    return text;
  }
  return text.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined || value === null ? placeholder : String(value);
  });
}
