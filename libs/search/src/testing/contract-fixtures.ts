import { keyToUuid } from '../eval/dataset';
import type { SearchEngine } from '../search-engine';
import type { SearchDocument, SearchPage } from '../search.types';

/** Builds a listing with sensible defaults; tests state only what they rely on. */
export function aListing(key: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: keyToUuid(`contract:${key}`),
    kind: 'ACHIEVEMENT',
    key,
    title: `${key} 测试成果`,
    summary: '用于契约测试的成果摘要。',
    keywords: [],
    industry: 'PHOTOVOLTAIC',
    trl: 5,
    priceWan: 100,
    cooperationModes: ['LICENSE'],
    orgId: keyToUuid('contract-org:univ'),
    orgName: '嘉兴测试研究院',
    orgKind: 'UNIVERSITY',
    region: '浙江省嘉兴市',
    status: 'PUBLISHED',
    confidential: false,
    publishedAt: '2025-06-01',
    ...overrides,
  };
}

/** A value built to break naive filter strings: quotes, a backslash and an OR clause. */
export const HOSTILE_REGION = '浙江"省 \\ OR industry = "PHOTOVOLTAIC';
export const ORG_OPTICS = keyToUuid('contract-org:optics');
/** A word that appears only in the confidential need's (forbidden) description. */
export const SECRET_WORD = '钌铱配方';

/** A small catalog covering every query style the contract checks. */
export function contractListings(): SearchDocument[] {
  return [
    aListing('GLASS', {
      title: '光伏玻璃减反射镀膜技术',
      summary: '在光伏玻璃表面制备多孔二氧化硅减反射膜，透光率提升2.5%。',
      keywords: ['光伏玻璃', '减反射膜', '镀膜'],
      trl: 8,
      priceWan: 150,
      cooperationModes: ['TRANSFER', 'LICENSE'],
      publishedAt: '2025-03-01',
    }),
    aListing('HJT', {
      title: '异质结电池低温银浆国产化',
      summary: '面向HJT电池的低温固化银浆，体电阻低，焊接拉力高。',
      keywords: ['异质结', '低温银浆', '银浆'],
      trl: 6,
      priceWan: 300,
      cooperationModes: ['JOINT_DEVELOPMENT'],
      publishedAt: '2025-09-01',
    }),
    aListing('BMS', {
      title: '储能电池管理系统主动均衡技术',
      summary: '电池簇主动均衡与荷电状态估计，提高储能系统一致性。',
      keywords: ['电池管理系统', '主动均衡', '荷电状态'],
      industry: 'ENERGY_STORAGE',
      trl: 7,
      priceWan: null,
      cooperationModes: ['LICENSE', 'SERVICE'],
      publishedAt: '2025-05-01',
    }),
    aListing('LIDAR', {
      title: '车载激光雷达点云感知算法',
      summary: '面向自动驾驶的激光雷达点云分割与目标检测。',
      keywords: ['激光雷达', '点云', '自动驾驶'],
      industry: 'OPTOELECTRONICS',
      trl: 4,
      priceWan: 500,
      cooperationModes: ['EQUITY'],
      orgId: ORG_OPTICS,
      orgName: '光电测试研究所',
      region: '上海市',
      publishedAt: '2026-02-01',
    }),
    aListing('PEROVSKITE', {
      title: '钙钛矿叠层电池稳定性提升',
      summary: '通过界面钝化抑制钙钛矿层的光热衰减。',
      keywords: ['钙钛矿', '叠层电池', '稳定性'],
      trl: 3,
      priceWan: 80,
      publishedAt: '2025-01-15',
    }),
    aListing('LITHO', {
      title: '高分辨率光刻胶配方',
      summary: '用于半导体光刻工艺的化学放大光刻胶。',
      keywords: ['光刻胶', '光刻'],
      industry: 'NEW_MATERIALS',
      trl: 5,
      priceWan: 200,
      publishedAt: '2025-07-01',
    }),
    aListing('CARBON', {
      title: '碳纤维复合材料快速成型工艺',
      summary: '高压树脂传递模塑快速成型碳纤维部件，成型周期缩短到5分钟。',
      keywords: ['碳纤维', '复合材料', '快速成型'],
      industry: 'NEW_MATERIALS',
      trl: 7,
      priceWan: 450,
      cooperationModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
      publishedAt: '2025-11-01',
    }),
    aListing('EL', {
      title: '光伏组件隐裂智能识别系统',
      summary: '基于电致发光成像与深度学习识别组件隐裂、碎片等缺陷。',
      keywords: ['隐裂', '电致发光', '缺陷检测'],
      trl: 7,
      priceWan: 90,
      cooperationModes: ['SERVICE'],
      status: 'DRAFT',
      publishedAt: '2025-08-01',
    }),
    aListing('NEED-THERMAL', {
      kind: 'NEED',
      title: '储能电站热失控提前预警需求',
      summary: '希望在电芯冒烟前提前预警，降低储能电站火灾风险。',
      keywords: ['热失控', '预警', '储能安全'],
      industry: 'ENERGY_STORAGE',
      trl: undefined,
      priceWan: undefined,
      minTrl: 6,
      budgetWan: 200,
      status: 'OPEN',
      orgId: keyToUuid('contract-org:plant'),
      orgName: '秀水储能电站',
      orgKind: 'ENTERPRISE',
      cooperationModes: ['JOINT_DEVELOPMENT', 'SERVICE'],
      publishedAt: '2026-01-10',
    }),
    aListing('NEED-SECRET', {
      kind: 'NEED',
      title: '燃料电池催化剂降本需求',
      // The catalog must not send these for a confidential need; engines must drop them if it does.
      summary: `${SECRET_WORD}的配方与工艺参数，年采购额约三千万元。`,
      keywords: ['燃料电池', '催化剂'],
      industry: 'NEW_MATERIALS',
      trl: undefined,
      priceWan: undefined,
      minTrl: 5,
      budgetWan: 900,
      confidential: true,
      status: 'OPEN',
      orgId: keyToUuid('contract-org:secret'),
      orgName: '保密企业',
      orgKind: 'ENTERPRISE',
      cooperationModes: ['JOINT_DEVELOPMENT'],
      publishedAt: '2026-01-20',
    }),
    aListing('HOSTILE', {
      title: '冷站群控节能优化 <script>alert(1)</script>',
      summary: '空压站与冷站群控节能。',
      keywords: ['群控优化', '节能'],
      industry: 'DIGITAL_ECONOMY',
      trl: 6,
      priceWan: 60,
      region: HOSTILE_REGION,
      orgKind: 'ALLIANCE',
      publishedAt: '2025-02-01',
    }),
  ];
}

/** The keys of a page's hits, in order. */
export const keys = (page: SearchPage): string[] => page.hits.map((h) => h.key);

export interface ContractOptions {
  /** Called after each engine is done (e.g. delete its Meilisearch index). */
  teardown?: (engine: SearchEngine) => Promise<void>;
  /** Per-test timeout in ms (a remote engine needs more than jest's 5 s). */
  timeout?: number;
}
