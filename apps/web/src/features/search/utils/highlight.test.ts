import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('splits on <em> and decodes entities', () => {
    expect(highlightParts('高效<em>光伏</em>组件 &lt;b&gt; &amp; <em>钝化</em>')).toEqual([
      { text: '高效', hit: false },
      { text: '光伏', hit: true },
      { text: '组件 <b> & ', hit: false },
      { text: '钝化', hit: true },
    ]);
  });
  it('empty for null', () => expect(highlightParts(null)).toEqual([]));
  it('never turns escaped markup into elements', () => {
    expect(highlightParts('&lt;script&gt;x&lt;/script&gt;')).toEqual([{ text: '<script>x</script>', hit: false }]);
  });
});
