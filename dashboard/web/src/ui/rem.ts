let cached: number | null = null;

/** Pixels per rem, read once: symbol sizes follow the root font size so 4K wall screens get larger symbols. */
export function remPx(): number {
  cached ??= parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return cached;
}
