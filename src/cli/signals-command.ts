import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { CHANNELS, type ExtractInput } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';

const signalsInputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  sentAt: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  language: z.string().optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
});

/**
 * Runs `parley signals`: reads JSON Lines from a file or stdin and writes one
 * message analysis per input line, in input order. A line that cannot be
 * read becomes `{"line":N,"id":…,"error":"…"}` in its place, so output lines
 * stay aligned with input lines. Returns the number of such lines.
 */
export async function signalsCommand(file: string | undefined): Promise<number> {
  const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  let buffer: string[] = [];
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const result = analyzeLine(line, lineNumber);
    if ('error' in result) failures += 1;
    buffer.push(JSON.stringify(result));
    if (buffer.length >= 512) {
      await write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length > 0) await write(buffer.join('\n') + '\n');
  return failures;
}

function analyzeLine(line: string, lineNumber: number): object {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = signalsInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const id = typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
    return { line: lineNumber, id, error: `invalid field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}` };
  }
  const { id, ...rest } = parsed.data;
  const extractInput: ExtractInput = { ...rest, id: id === undefined ? `line-${lineNumber}` : String(id) };
  return analyzeMessage(extractInput);
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}
