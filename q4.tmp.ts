import { analyzeMessage } from './src/extract/index.js';
for (const t of process.argv.slice(2)) {
  const a = analyzeMessage({ text: t, sentAt: '2026-03-10T10:00:00+01:00', direction: 'inbound' } as any, { learned: null });
  console.log(a.language, a.sentiment?.mode, JSON.stringify((a.sentiment as any)?.evidence?.map((e: any)=>e.text)), '|', t);
}
