import { LIFE_HEALTH_FIELD } from './life-health-field';
import { type DomainVocabulary, groups, words } from './vocabulary';

/** Life and health: IVD, medical devices and implants, biomaterials, drugs and biologics, digital health. */
export const LIFE_HEALTH: DomainVocabulary = {
  industry: 'LIFE_HEALTH',
  terms: [
    ...words(`
    生命健康 大健康 生物医药 医疗器械 医用耗材 高值耗材 体外诊断 诊断试剂 检测试剂盒 化学发光 化学发光免疫分析
    直接化学发光 吖啶酯 磁微粒 超顺磁微粒 抗体标记 免疫分析 酶联免疫 胶体金 免疫层析 荧光免疫 分子诊断 核酸检测
    实时荧光定量 等温扩增 基因测序 高通量测序 即时检测 微流控 微流控芯片 生化分析 血液分析 心肌标志物 肌钙蛋白
    高敏肌钙蛋白 脑钠肽 降钙素原 c反应蛋白 肿瘤标志物 生物标志物 灵敏度 特异性 检测限 线性范围 校准品 质控品
    医学影像 超声 超声诊断 磁共振 计算机断层扫描 内窥镜 手术机器人 康复机器人 康复器械 可穿戴设备 远程医疗
    互联网医疗 医疗人工智能 辅助诊断 医学图像 病理 数字病理 骨科 骨科植入物 骨折内固定 内固定 骨钉 骨板 接骨板
    髓内钉 椎弓根螺钉 人工关节 关节置换 脊柱 心血管支架 药物洗脱支架 可降解支架 介入器械 导管 球囊 人工心脏瓣膜
    生物材料 生物医用材料 可降解材料 可降解金属 可降解镁合金 可吸收材料 生物可吸收 聚乳酸 羟基磷灰石 磷酸钙
    生物陶瓷 微弧氧化 表面改性 生物相容性 生物安全性 细胞毒性 降解速率 组织工程 再生医学 支架材料 水凝胶
    医用敷料 创伤敷料 3d生物打印 创新药 仿制药 原料药 制剂 缓释制剂 药物递送 纳米药物 脂质体 抗体药物
    单克隆抗体 双特异性抗体 抗体偶联药物 疫苗 核酸药物 细胞治疗 基因治疗 干细胞 免疫细胞治疗 中药 中医药
    医疗器械注册 注册检验 注册证 临床试验 临床评价 生产质量管理规范 洁净车间 灭菌 环氧乙烷灭菌 辐照灭菌
  `),
    ...LIFE_HEALTH_FIELD.terms,
  ],
  synonyms: [
    ...groups(`
    生物医药 | 医药 | biomedicine | biopharma | 生物制药
    医疗器械 | 医疗设备 | medical device | 医疗仪器
    体外诊断 | ivd | in vitro diagnostics | in vitro diagnostic | 体外诊断试剂
    诊断试剂 | 检测试剂 | 试剂盒 | 检测试剂盒 | reagent kit | assay kit | kit
    化学发光 | 化学发光免疫分析 | clia | chemiluminescence | chemiluminescent immunoassay | 发光法 | 化学发光法
    直接化学发光 | 吖啶酯发光 | acridinium ester | 吖啶酯
    电化学发光 | ecl | ecli | electrochemiluminescence
    磁微粒 | 磁珠 | 超顺磁微粒 | magnetic beads | magnetic microparticles | 磁性微球
    免疫分析 | 免疫检测 | immunoassay | 免疫测定
    酶联免疫 | elisa | 酶联免疫吸附 | enzyme-linked immunosorbent assay
    胶体金 | 胶体金法 | colloidal gold | 金标 | 免疫层析 | lateral flow | lfa | 侧向层析
    荧光免疫 | 荧光免疫层析 | fluorescence immunoassay | fia
    分子诊断 | molecular diagnostics | 分子检测 | 基因检测
    核酸检测 | nucleic acid test | nat | 核酸扩增
    pcr | 聚合酶链式反应 | qpcr | 实时荧光定量pcr | real-time pcr | 荧光定量
    等温扩增 | isothermal amplification | lamp | rpa扩增
    基因测序 | 测序 | sequencing | 高通量测序 | ngs | next-generation sequencing | 二代测序
    即时检测 | poct | point-of-care testing | point of care | 床旁检测 | 快速检测
    微流控 | 微流控芯片 | microfluidics | microfluidic chip | lab-on-a-chip | 芯片实验室
    心肌标志物 | 心梗标志物 | cardiac markers | cardiac biomarkers | 心肌损伤标志物
    肌钙蛋白 | ctni | ctnt | troponin | cardiac troponin | 心肌肌钙蛋白
    高敏肌钙蛋白 | hs-ctni | hs-ctnt | hs-ctn | high-sensitivity troponin | 超敏肌钙蛋白
    脑钠肽 | bnp | nt-probnp | 氨基末端脑钠肽前体
    降钙素原 | pct | procalcitonin
    c反应蛋白 | crp | c-reactive protein | 超敏c反应蛋白 | hs-crp
    肿瘤标志物 | tumor markers | 肿瘤标记物
    检测限 | lod | limit of detection | 检出限 | 最低检测限
    灵敏度 | sensitivity | 检测灵敏度
    医学影像 | medical imaging | 影像诊断
    超声 | 超声诊断 | ultrasound | 彩超 | b超
    磁共振 | mri | magnetic resonance imaging | 核磁共振 | 核磁
    计算机断层扫描 | ct | computed tomography | ct扫描
    micro-ct | 显微ct | 微型ct | microct
    内窥镜 | 内镜 | endoscope | endoscopy
    手术机器人 | surgical robot | 手术导航机器人 | 腔镜机器人
    康复机器人 | rehabilitation robot | 外骨骼 | exoskeleton
    可穿戴设备 | wearable | wearables | 可穿戴 | 穿戴设备
    远程医疗 | telemedicine | 互联网医疗 | 互联网医院 | telehealth
    辅助诊断 | 计算机辅助诊断 | ai辅助诊断 | computer-aided diagnosis
    数字病理 | digital pathology | 病理切片数字化 | 全切片图像 | wsi
    骨科植入物 | 骨科植入器械 | orthopedic implant | 骨植入物
    骨折内固定 | 内固定 | internal fixation | 骨折固定
    骨钉 | 骨螺钉 | 接骨螺钉 | 内固定螺钉 | bone screw | 骨科螺钉
    接骨板 | 骨板 | bone plate | 锁定钢板
    人工关节 | 关节假体 | joint prosthesis | 关节置换 | arthroplasty
    心血管支架 | 冠脉支架 | 血管支架 | stent | coronary stent
    药物洗脱支架 | des | drug-eluting stent
    介入器械 | 介入 | interventional device | 微创介入
    可降解 | 可吸收 | 生物可降解 | 生物可吸收 | biodegradable | bioresorbable | bioabsorbable | absorbable
    可降解镁合金 | 可降解镁 | 医用镁合金 | biodegradable magnesium | magnesium implant
    可降解金属 | 可吸收金属 | biodegradable metal | 生物可降解金属
    聚乳酸 | pla | plla | polylactic acid | 左旋聚乳酸
    羟基磷灰石 | hap | hydroxyapatite
    磷酸钙 | cap涂层 | calcium phosphate | 磷酸钙涂层
    微弧氧化 | mao | micro-arc oxidation | 等离子电解氧化 | peo
    生物相容性 | biocompatibility | 生物安全性 | biosafety
    细胞毒性 | cytotoxicity
    组织工程 | tissue engineering | 再生医学 | regenerative medicine
    水凝胶 | hydrogel
    医用敷料 | 敷料 | wound dressing | 创伤敷料
    3d生物打印 | bioprinting | 生物3d打印 | 3d bioprinting
    创新药 | 新药 | novel drug | innovative drug | first-in-class
    仿制药 | generic drug | 仿制 | 一致性评价
    原料药 | api原料药 | active pharmaceutical ingredient
    药物递送 | drug delivery | 递送系统 | 给药系统
    缓释制剂 | 缓释 | 控释 | sustained release | controlled release
    纳米药物 | nanomedicine | 纳米制剂
    脂质体 | liposome | 脂质纳米颗粒 | lnp | lipid nanoparticle
    单克隆抗体 | 单抗 | monoclonal antibody | mab
    双特异性抗体 | 双抗 | bispecific antibody
    抗体偶联药物 | adc | antibody-drug conjugate
    mrna | mrna疫苗 | 信使rna
    细胞治疗 | cell therapy | 细胞疗法
    car-t | cart | 嵌合抗原受体t细胞 | car-t细胞疗法
    基因治疗 | gene therapy | 基因疗法
    干细胞 | stem cell | 间充质干细胞 | msc
    中医药 | 中药 | tcm | traditional chinese medicine
    临床试验 | clinical trial | 临床研究
    注册检验 | 型式检验 | 注册检测 | registration testing
    医疗器械注册 | 注册申报 | 注册证 | nmpa注册 | 产品注册
    生产质量管理规范 | gmp | good manufacturing practice
    灭菌 | sterilization | 消毒灭菌
  `),
    ...LIFE_HEALTH_FIELD.synonyms,
  ],
  related: [
    ...groups(`
    可降解镁合金 | 骨钉 | 骨折内固定 | 二次手术 | 降解速率 | 微弧氧化
    化学发光 | 肌钙蛋白 | 磁微粒 | 灵敏度 | 胶体金 | 心肌标志物
    即时检测 | 微流控 | 快速检测 | 基层医疗
  `),
    ...LIFE_HEALTH_FIELD.related,
  ],
};
