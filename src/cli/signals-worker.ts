/** Worker thread of `parley signals`: analyzes one batch of input lines per task. */
import { analyzeBatch, type BatchResult } from './signals-lines.js';

/** One batch of consecutive input lines and the number of the first. */
export interface SignalsTask {
  lines: string[];
  firstLine: number;
}

export default function analyzeTask(task: SignalsTask): BatchResult {
  return analyzeBatch(task.lines, task.firstLine);
}
