import { pinyin } from 'pinyin-pro';
import type { Segmenter } from './segmenter';
import { cjkRuns, isAllCjk, isCjk } from './text';

/** Every toneless Mandarin syllable pinyin-pro produces (ü written v), used to split typed pinyin. */
const SYLLABLES: ReadonlySet<string> = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei ' +
    'en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang ' +
    'gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao ' +
    'jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun ' +
    'kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai ' +
    'man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian ' +
    'niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ' +
    'ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ' +
    'ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai ' +
    'shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong ' +
    'tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan ' +
    'xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai ' +
    'zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui ' +
    'zun zuo'
  ).split(' '),
);
const MAX_SYLLABLE = 6;

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 100_000;

/**
 * Toneless syllables of a Chinese word, one per character (non-Chinese characters give ''). Converting whole
 * words lets pinyin-pro pick the right reading of polyphones (银行 yin hang, 行业 hang ye); results are cached
 * because listings reuse a small vocabulary.
 */
export function syllablesOf(word: string): string[] {
  let result = cache.get(word);
  if (!result) {
    const raw = pinyin(word, { toneType: 'none', type: 'array', v: true });
    // pinyin-pro returns one entry per character for Chinese input; guard against anything else.
    result =
      raw.length === word.length ? raw.map((s, i) => (isCjk(word.charCodeAt(i)) ? s : '')) : [...word].map(() => '');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/** Adjacent-syllable pairs (guang fu bo li → guangfu fubo boli): the pinyin counterpart of character bigrams. */
export function syllableBigrams(syllables: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) {
    if (syllables[i] && syllables[i + 1]) out.push(syllables[i] + syllables[i + 1]);
  }
  return out;
}

/** Syllables of each run of Chinese characters, converted word by word for polyphone accuracy. */
export function syllableChains(text: string, segmenter: Segmenter): string[][] {
  return cjkRuns(text).map(({ run }) => segmenter.cut(run).flatMap((word) => syllablesOf(word)));
}

/**
 * Pinyin features of one phrase from its precise-mode words: syllable bigrams along runs of Chinese words, and
 * initials of runs of 1..3 consecutive words spanning 2..8 characters (光伏/玻璃 → gf, bl, gfbl), so initials
 * typed for a phrase match wherever its words sit in a title.
 */
export function phrasePinyin(words: readonly string[], bigrams: string[], initials: string[]): void {
  let chain: string[] = [];
  const flush = (): void => {
    if (!chain.length) return;
    const syllables = chain.flatMap((w) => syllablesOf(w));
    bigrams.push(...syllableBigrams(syllables));
    const parts = chain.map(initialsOf);
    for (let i = 0; i < parts.length; i++) {
      let gram = '';
      for (let j = i; j < parts.length && j < i + 3; j++) {
        gram += parts[j];
        if (gram.length > 8) break;
        if (gram.length >= 2) initials.push(gram);
      }
    }
    chain = [];
  };
  for (const word of words) {
    if (isAllCjk(word)) chain.push(word);
    else flush();
  }
  flush();
}

/**
 * Splits typed pinyin into syllables (guangfuboli → guang fu bo li), preferring fewer, longer syllables
 * (xian, not xi an). Returns undefined when the text is not entirely pinyin (lidar, topcon, gfbl).
 */
export function parsePinyin(text: string): string[] | undefined {
  const n = text.length;
  if (n === 0 || n > 40 || !/^[a-z]+$/.test(text)) return undefined;
  const best = new Array<string[] | undefined>(n + 1).fill(undefined);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
      const syllable = text.slice(i, i + len);
      if (!SYLLABLES.has(syllable)) continue;
      const candidate = [...prefix, syllable];
      const current = best[i + len];
      if (!current || candidate.length < current.length) best[i + len] = candidate;
    }
  }
  return best[n];
}

/** First letters of a Chinese word's syllables (光伏玻璃 → gfbl). */
export function initialsOf(word: string): string {
  return syllablesOf(word)
    .map((s) => s.charAt(0))
    .join('');
}

/** Full pinyin of Chinese text, spaced per syllable and space-free, plus initials (for API consumers). */
export function pinyinForms(text: string): { spaced: string; joined: string; initials: string } {
  const syllables = cjkRuns(text).flatMap(({ run }) => syllablesOf(run));
  return {
    spaced: syllables.join(' '),
    joined: syllables.join(''),
    initials: syllables.map((s) => s.charAt(0)).join(''),
  };
}
