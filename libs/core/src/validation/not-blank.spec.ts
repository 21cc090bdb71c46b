import { validateSync } from 'class-validator';
import { isBlank, IsNotBlank } from './not-blank';

class Probe {
  @IsNotBlank() title: string;
  @IsNotBlank({ each: true }) keywords: string[];
}

const problems = (title: string, keywords: string[] = ['光伏']) =>
  validateSync(Object.assign(new Probe(), { title, keywords })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('isBlank / IsNotBlank', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\t\r\n', true],
    ['\u3000\u3000', true], // ideographic spaces, as a Chinese input method types them
    ['\u00A0', true],
    ['\u200B\uFEFF', true],
    [' 光伏 ', false],
    ['a', false],
  ])('isBlank(%j) is %s', (value, blank) => expect(isBlank(value)).toBe(blank));

  it('names the field, for single texts and lists', () => {
    expect(problems('  ')).toEqual(['title must not be blank']);
    expect(problems('组件', ['光伏', '\u3000'])).toEqual(['each value in keywords must not be blank']);
    expect(problems('组件')).toEqual([]);
  });
});
