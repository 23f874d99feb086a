/** The content types a supplier may upload, judged by the file's first bytes. */
export const ACCEPTED_UPLOADS = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** One of {@link ACCEPTED_UPLOADS}. */
export type UploadContentType = (typeof ACCEPTED_UPLOADS)[number];

/**
 * The upload's real type from its magic bytes (PDF, JPEG or PNG), or null for anything else; the client's
 * `Content-Type` is not trusted.
 */
export function sniffContentType(bytes: Buffer): UploadContentType | null {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}
