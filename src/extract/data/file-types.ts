/**
 * Attachment kinds for `context.file_type`. CAD models and spec sheets
 * mean a technical buyer; purchase orders and payment slips mean progress.
 */
export type FileKind =
  | 'cad' | 'spec_sheet' | 'purchase_order' | 'invoice' | 'payment_proof' | 'spreadsheet'
  | 'image' | 'video' | 'document' | 'archive' | 'other';

/** File name extension (lowercase, no dot) → kind. */
export const EXTENSION_KINDS: Record<string, FileKind> = {
  dwg: 'cad', dxf: 'cad', step: 'cad', stp: 'cad', iges: 'cad', igs: 'cad', stl: 'cad', sldprt: 'cad',
  sldasm: 'cad', ipt: 'cad', iam: 'cad', x_t: 'cad', '3dm': 'cad', catpart: 'cad', prt: 'cad', skp: 'cad',
  xls: 'spreadsheet', xlsx: 'spreadsheet', csv: 'spreadsheet', ods: 'spreadsheet',
  jpg: 'image', jpeg: 'image', png: 'image', gif: 'image', webp: 'image', heic: 'image', bmp: 'image',
  mp4: 'video', mov: 'video', avi: 'video', '3gp': 'video',
  pdf: 'document', doc: 'document', docx: 'document', odt: 'document', txt: 'document', rtf: 'document',
  zip: 'archive', rar: 'archive', '7z': 'archive',
};

/** Name keywords that refine a document's kind, tried in order. */
export const NAME_KINDS: [pattern: RegExp, kind: FileKind][] = [
  [/(?:^|[^a-z])(?:spec|specs|specification|datasheet|data[\s_-]?sheet|drawing|tds|technical|bom)(?:[^a-z]|$)/i, 'spec_sheet'],
  [/(?:^|[^a-z])(?:po|purchase[\s_-]?order)(?:[^a-z0-9]|\d|$)/i, 'purchase_order'],
  [/(?:^|[^a-z])(?:pi|proforma|pro[\s_-]?forma|invoice)(?:[^a-z]|$)/i, 'invoice'],
  [/(?:^|[^a-z])(?:swift|mt103|remittance|bank[\s_-]?slip|payment|tt[\s_-]?copy)(?:[^a-z]|$)/i, 'payment_proof'],
];

/** Signal strength per kind: technical documents weigh most. */
export const KIND_STRENGTH: Record<FileKind, number> = {
  cad: 0.9, spec_sheet: 0.8, purchase_order: 0.8, invoice: 0.6, payment_proof: 0.7, spreadsheet: 0.5,
  image: 0.4, video: 0.4, document: 0.4, archive: 0.3, other: 0.2,
};
