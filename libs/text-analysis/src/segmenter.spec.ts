import { JiebaSegmenter } from './segmenter';

describe('JiebaSegmenter', () => {
  it('segments with the domain dictionary and builds the TF-IDF table only when keywords are asked for', () => {
    const segmenter = new JiebaSegmenter();
    expect(segmenter.cut('光伏组件隐裂检测')).toContain('光伏组件');
    expect(segmenter.cutForSearch('光伏组件')).toEqual(expect.arrayContaining(['光伏', '组件', '光伏组件']));
    expect(segmenter.keywordTableLoaded).toBe(false);
    const keywords = segmenter.extract('钙钛矿光伏组件的隐裂检测方法，提高光伏电站的发电效率', 3);
    expect(segmenter.keywordTableLoaded).toBe(true);
    expect(keywords).toHaveLength(3);
    expect(keywords[0].weight).toBeGreaterThanOrEqual(keywords[2].weight);
    expect(keywords.map((k) => k.term)).toContain('光伏组件');
  });
});
