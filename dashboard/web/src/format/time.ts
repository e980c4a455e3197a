// Times on screen are UTC with a "Z" (the JOC works in Zulu); local time is offered on hover only.

const pad = (n: number): string => String(n).padStart(2, '0');

/** "14:05Z" */
export function zuluTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '—';
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
}

/** "14:05:09Z" */
export function zuluTimeSeconds(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '—';
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
}

/** "26 Nov 14:05Z" */
export function zuluDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '—';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${pad(d.getUTCDate())} ${months[d.getUTCMonth()]} ${zuluTime(d)}`;
}

/** Tooltip text: the same instant in the browser's local zone. */
export function localTitle(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return `Local: ${d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** Signed duration as "-1:05:09" / "0:42:10"; hours are not padded so short clocks stay short. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${h}:${pad(m)}:${pad(s)}`;
}

/** "in 12 min" / "3 min ago" for ETAs. */
export function relativeMinutes(targetIso: string, nowMs: number): string {
  const t = new Date(targetIso).getTime();
  if (Number.isNaN(t)) return '';
  const min = Math.round((t - nowMs) / 60000);
  if (min === 0) return 'now';
  return min > 0 ? `in ${min} min` : `${-min} min ago`;
}
