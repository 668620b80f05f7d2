// Files as evidence: small contents that pass the type check by their first bytes, for every test that sends one.

/** A small PDF as far as its first bytes go, which is what the type check reads. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** The start of a JPEG (a photo sent as a photo arrives as one). */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
