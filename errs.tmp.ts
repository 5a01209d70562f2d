// Usage: npx tsx /tmp/t18/errs.ts SETDIR [rules|MODELFILE] > out.jsonl  — per message outcome
import { readLabeledSet } from './src/eval/labeled-read.js';
import { evaluateEntry } from './src/eval/evaluate.js';
import { readModelFile } from './src/extract/learned/model.js';
import { basename, resolve } from 'node:path';
const [dir, mode] = process.argv.slice(2);
const opts: any = mode === 'rules' ? { learned: null } : mode ? { learned: readModelFile(mode) } : {};
const set = readLabeledSet(basename(resolve(dir!)), resolve(dir!));
for (const entry of set.entries) {
  const o = evaluateEntry(entry, opts);
  const m = entry.message;
  console.log(JSON.stringify({ id: m.id, lang: m.language, det: o.analysis.language, text: m.text, gold: m.signals, got: [...o.returnedSignals], miss: o.missingSignals, extra: o.extraSignals, mode: m.mode, gotMode: o.returnedMode,
    ev: o.analysis.signals.filter((s) => !s.type.startsWith('context')).map((s) => `${s.type}:${s.evidence.map((e) => e.rule + '=' + e.text).join('|')}`),
    modeEv: (o.analysis.sentiment as any)?.evidence?.map?.((e: any) => e.text + '<' + (e.rule ?? '') + '>') }));
}
