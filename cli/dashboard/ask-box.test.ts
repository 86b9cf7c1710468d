import { describe, expect, it } from 'vitest';
import { MAX_QUESTION, questionOf } from './ask-box.js';

describe('questionOf', () => {
  it('takes the question of the body', () => {
    expect(questionOf({ question: 'recent Tesla prices' })).toBe('recent Tesla prices');
  });

  it('says what to send otherwise', () => {
    for (const body of [null, 42, 'text', [], {}, { question: 7 }, { question: '  ' }, { q: 'x' }]) {
      expect(() => questionOf(body)).toThrow('send {"question": "…"}');
    }
    expect(() => questionOf({ question: 'x'.repeat(MAX_QUESTION + 1) })).toThrow(`a question is at most ${MAX_QUESTION} characters`);
  });
});
