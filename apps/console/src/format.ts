const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago", "2 days ago", "just now". */
export function ago(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return relative.format(-Math.floor(seconds / size), unit);
  }
  return 'just now';
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Africa/Kigali',
});

/** A moment in Kigali time, where the staff work. */
export function when(iso: string): string {
  return `${dateTime.format(new Date(iso))} (Kigali)`;
}

/** `supplier_review` → "Supplier review". */
export function humanize(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Names people use for the codes whose acronyms `humanize` would lower-case. */
const LABELS: Readonly<Record<string, string>> = {
  rdb_certificate: 'RDB certificate',
  naeb_registration: 'NAEB registration',
  gacc_registration: 'GACC registration',
  cn22: 'CN22',
  cn23: 'CN23',
  handoff_dropoff: 'Drop-off',
};

/** A code as a label: the known names, else `humanize`. */
export function label(code: string): string {
  return LABELS[code] ?? humanize(code);
}
