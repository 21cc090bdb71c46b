import { type DomainVocabulary, isAllCjk, pinyinForms, shippedVocabulary } from '@app/text-analysis';
import { COOPERATION_MODES, type Industry, type SearchDocument } from '../search.types';
import { keyToUuid } from './dataset';

/** Deterministic PRNG (mulberry32) so every run benchmarks the same catalog. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_TEMPLATES = [
  '基于{a}的{b}{c}技术',
  '{a}{b}与{c}一体化系统',
  '面向{a}的{b}{c}方法',
  '{a}{b}关键技术及产业化',
  '高性能{a}{b}制备工艺',
  '{a}在线{b}与智能{c}平台',
  '{a}{b}优化与{c}控制技术',
];
const NEED_TEMPLATES = [
  '{a}{b}问题攻关',
  '{a}良率低、{b}不稳定',
  '寻求{a}{b}解决方案',
  '{a}{b}降本需求',
  '{a}产线{b}升级改造',
];
const SENTENCES = [
  '针对{a}过程中{b}偏高、{c}不足的问题，团队开发了{d}工艺。',
  '通过{a}与{b}协同优化，将{c}提升{n}%，{d}降低{m}%。',
  '在{a}量产线验证，{b}稳定运行超过{n}小时，{c}满足客户要求。',
  '系统集成{a}、{b}和{c}模块，支持{d}在线监测与预警。',
  '适用于{a}、{b}及{c}等场景，可与现有{d}设备兼容。',
  '我司现有{a}产线{n}条，{b}长期依赖人工，{c}波动大，希望引入{d}。',
  '要求{a}不低于{n}%，{b}控制在{m}以内，并具备{c}能力。',
];
const ORG_PREFIX = ['浙江', '嘉兴', '上海', '江苏', '杭州', '宁波', '苏州', '合肥', '深圳', '北京'];
const ORG_SUFFIX = [
  '大学研究院',
  '新能源科技有限公司',
  '智能装备股份有限公司',
  '材料科技有限公司',
  '光电技术研究所',
  '汽车零部件有限公司',
];
const STATUSES_A = ['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'ARCHIVED'];
const STATUSES_N = ['OPEN', 'OPEN', 'OPEN', 'CLOSED', 'DRAFT'];

interface Pools {
  industry: Industry;
  chinese: string[];
  latin: string[];
}

function pools(): Pools[] {
  const { vocabularies } = shippedVocabulary();
  const general = vocabularies.find((v) => v.industry === null);
  return vocabularies
    .filter((v): v is DomainVocabulary & { industry: Industry } => v.industry !== null)
    .map((v) => {
      const all = [...v.terms, ...v.synonyms.flat(), ...(general?.terms ?? [])];
      return {
        industry: v.industry,
        chinese: [...new Set(all.filter((t) => t.length >= 2 && t.length <= 8 && isAllCjk(t)))],
        latin: [...new Set(v.synonyms.flat().filter((t) => /^[a-z][a-z0-9-]{1,9}$/i.test(t)))],
      };
    });
}

function fill(template: string, pick: () => string, rand: () => number): string {
  return template.replace(/\{(\w)\}/g, (_, k: string) =>
    k === 'n' ? String(Math.floor(rand() * 90) + 5) : k === 'm' ? String(Math.floor(rand() * 20) + 1) : pick(),
  );
}

/** Realistic synthetic listings: domain vocabulary recombined into titles, summaries and keywords. */
export function generateListings(count: number, seed = 42): SearchDocument[] {
  const rand = rng(seed);
  const all = pools();
  const choose = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const orgs = Array.from({ length: 400 }, (_, i) => ({
    id: keyToUuid(`bench-org-${i}`),
    name: choose(ORG_PREFIX) + choose(ORG_PREFIX) + choose(ORG_SUFFIX),
    region: `浙江省${choose(['嘉兴市', '杭州市', '宁波市', '湖州市', '绍兴市'])}`,
  }));
  const docs: SearchDocument[] = [];
  for (let i = 0; i < count; i++) {
    const pool = choose(all);
    const pick = (): string => (rand() < 0.12 && pool.latin.length ? choose(pool.latin) : choose(pool.chinese));
    const need = rand() < 0.3;
    const org = choose(orgs);
    const confidential = need && rand() < 0.15;
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => fill(choose(SENTENCES), pick, rand));
    const keywords = [...new Set(Array.from({ length: 3 + Math.floor(rand() * 5) }, pick))];
    const modes = COOPERATION_MODES.filter(() => rand() < 0.35);
    const published = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 660) * 86_400_000).toISOString().slice(0, 10);
    const base: SearchDocument = {
      id: keyToUuid(`bench-${seed}-${i}`),
      kind: need ? 'NEED' : 'ACHIEVEMENT',
      key: `${need ? 'BN' : 'BA'}${String(i).padStart(6, '0')}`,
      title: fill(choose(need ? NEED_TEMPLATES : TITLE_TEMPLATES), pick, rand),
      summary: sentences.join(''),
      keywords,
      industry: pool.industry,
      cooperationModes: modes.length ? modes : ['LICENSE'],
      orgId: org.id,
      orgName: org.name,
      region: org.region,
      status: need ? choose(STATUSES_N) : choose(STATUSES_A),
      confidential,
      publishedAt: published,
    };
    if (need) {
      base.minTrl = rand() < 0.2 ? null : 3 + Math.floor(rand() * 6);
      base.budgetWan = rand() < 0.3 ? null : Math.round(20 + rand() * 800);
    } else {
      base.trl = 1 + Math.floor(rand() * 9);
      base.priceWan = rand() < 0.2 ? null : Math.round(20 + rand() * 1500);
    }
    docs.push(base);
  }
  return docs;
}

export type BenchQueryKind = 'word' | 'phrase' | 'pinyin' | 'initials' | 'typo' | 'latin' | 'filtered' | 'long';

export interface BenchQuery {
  kind: BenchQueryKind;
  text: string;
  kinds?: ('ACHIEVEMENT' | 'NEED')[];
  filtered: boolean;
}

/** A query mix like real traffic: mostly short words, some pinyin/typos/English, filters, and long need texts. */
export function generateQueries(count: number, docs: readonly SearchDocument[], seed = 7): BenchQuery[] {
  const rand = rng(seed);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const all = pools();
  const out: BenchQuery[] = [];
  const kinds: BenchQueryKind[] = [
    'word',
    'word',
    'phrase',
    'phrase',
    'pinyin',
    'initials',
    'typo',
    'latin',
    'filtered',
    'long',
  ];
  for (let i = 0; i < count; i++) {
    const pool = choose(all);
    const kind = kinds[i % kinds.length];
    const word = choose(pool.chinese);
    switch (kind) {
      case 'word':
        out.push({ kind, text: word, filtered: false });
        break;
      case 'phrase':
        out.push({ kind, text: `${word} ${choose(pool.chinese)}`, filtered: false });
        break;
      case 'pinyin':
        out.push({ kind, text: pinyinForms(word).spaced, filtered: false });
        break;
      case 'initials':
        out.push({ kind, text: pinyinForms(word).initials, filtered: false });
        break;
      case 'typo':
        out.push({ kind, text: word.length > 2 ? word.slice(0, 1) + word.slice(2) : word + '系统', filtered: false });
        break;
      case 'latin':
        out.push({ kind, text: pool.latin.length ? choose(pool.latin) : word, filtered: false });
        break;
      case 'filtered':
        out.push({ kind, text: word, filtered: true });
        break;
      case 'long': {
        const doc = choose(docs);
        out.push({
          kind,
          text: `${doc.title} ${doc.keywords.join(' ')} ${doc.summary ?? ''}`,
          kinds: ['ACHIEVEMENT'],
          filtered: false,
        });
        break;
      }
    }
  }
  return out;
}
