import { describe, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('port extractor', () => {
  it.each([
    ['ship to Jebel Ali', 'Jebel Ali'],
    ['discharge at port klang', 'Port Klang'],
    ['via the Port of Mombasa', 'Mombasa'],
    ['destination: Port of Zarate', 'Zarate'],
  ])('reads "%s"', (text, value) => {
    expectOneEntity(text, 'port', { value });
  });

  it.each([['we import from China'], ['the report is ready']])('finds no port in "%s"', (text) => {
    expectNoEntity(text, 'port');
  });
});
