import { describe, expect, it } from 'vitest';
import { render } from './exposition.js';

describe('render', () => {
  it('escapes help text and label values, and writes infinities as Prometheus does', () => {
    const text = render([{ name: 'x_seconds', type: 'gauge', help: 'a \\ b\nc', samples: [{ labels: { path: 'a"b\\c\nd' }, value: Infinity }, { value: -Infinity }, { value: NaN }] }]);
    expect(text).toBe(['# HELP x_seconds a \\\\ b\\nc', '# TYPE x_seconds gauge', 'x_seconds{path="a\\"b\\\\c\\nd"} +Inf', 'x_seconds -Inf', 'x_seconds NaN', ''].join('\n'));
  });

  it('leaves out a family without samples', () => {
    expect(render([{ name: 'x', type: 'gauge', help: 'h', samples: [] }])).toBe('');
  });
});
