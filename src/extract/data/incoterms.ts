/** Incoterms (2020 plus the retired DAT and DDU, still common in requests) and their written variants. */
export const INCOTERMS: Record<string, string> = {
  EXW: 'EXW', FCA: 'FCA', FAS: 'FAS', FOB: 'FOB', CFR: 'CFR', CIF: 'CIF', CPT: 'CPT', CIP: 'CIP',
  DAP: 'DAP', DPU: 'DPU', DDP: 'DDP', DAT: 'DAT', DDU: 'DDU', CNF: 'CFR', 'C&F': 'CFR', 'C+F': 'CFR',
  // lowercase forms that are not also ordinary words
  exw: 'EXW', fob: 'FOB', cfr: 'CFR', cif: 'CIF', ddp: 'DDP', dap: 'DAP', cnf: 'CFR', 'c&f': 'CFR', fca: 'FCA', cip: 'CIP',
  Fob: 'FOB', Cif: 'CIF', Exw: 'EXW', Ddp: 'DDP',
};

/** Incoterms under which the named place is the seller's side (origin), not the buyer's. */
export const ORIGIN_INCOTERMS = new Set(['EXW', 'FCA', 'FAS', 'FOB']);
