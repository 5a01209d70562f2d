/** Emoji valence (about -3..3) and the mode each votes for; language-neutral. */
import type { LexiconEntry } from '../lang/types.js';

export const EMOJI: Record<string, LexiconEntry> = {
  '😊': [1.5, 'constructive'], '🙂': [1, 'constructive'], '😀': [1.8, 'engaged'], '😃': [2, 'engaged'],
  '😄': [2, 'engaged'], '😁': [2, 'engaged'], '😍': [2.8, 'engaged'], '🤩': [2.8, 'engaged'], '🥳': [2.5, 'engaged'],
  '🎉': [2.2, 'engaged'], '🔥': [1.8, 'engaged'], '💯': [2, 'engaged'], '👏': [1.8, 'engaged'], '🚀': [1.8, 'engaged'],
  '❤': [2, 'engaged'], '❤️': [2, 'engaged'], '👍': [1.5, 'constructive'], '👌': [1.5, 'constructive'],
  '🙏': [0.8, 'constructive'], '🤝': [1.8, 'constructive'], '✅': [1, 'constructive'], '😉': [1, 'constructive'],
  '😅': -0.3, '🤔': [-0.5, 'skeptical'], '🧐': [-0.5, 'skeptical'], '🤨': [-0.8, 'skeptical'], '🙄': [-1.8, 'skeptical'], '😒': [-1.8, 'skeptical'],
  '😐': [-0.3, 'hesitant'], '😕': [-1, 'hesitant'], '😟': [-1.3, 'hesitant'], '😬': [-0.8, 'hesitant'],
  '😞': [-1.8, 'frustrated'], '😢': [-2, 'frustrated'], '😭': [-2.3, 'frustrated'], '😠': [-2.5, 'frustrated'],
  '😡': [-3, 'frustrated'], '🤬': [-3, 'frustrated'], '😤': [-2.3, 'frustrated'], '👎': [-2, 'frustrated'],
  '💔': [-2, 'frustrated'], '😩': [-2, 'frustrated'], '😫': [-2, 'frustrated'],
};
