/** The longest location the public tracking answer shows. */
export const PUBLIC_LOCATION_MAX_LENGTH = 60;

/**
 * A carrier's free-text location as the public may see it: letters (any script), digits,
 * spaces and `, . - ' ( ) /` only, whitespace collapsed, at most 60 characters. Runs of more
 * than 6 digits (phone or account numbers; a Chinese postcode has 6) are dropped, since a
 * carrier sometimes writes who signed or whom to call where the place should be.
 */
export function publicLocation(raw: string | null | undefined): string {
  const text = String(raw ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N} ,.\-'()/]/gu, ' ')
    .replace(/\p{N}{7,}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  return chars.length <= PUBLIC_LOCATION_MAX_LENGTH
    ? text
    : chars.slice(0, PUBLIC_LOCATION_MAX_LENGTH).join('').trimEnd();
}
