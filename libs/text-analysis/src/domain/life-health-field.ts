import { groups, words } from './vocabulary';

/**
 * Life and health, field wording: what lab managers, plant leads, hospital staff and care homes say (批间差大, 本底高,
 * 染菌, 阅片量大, 老人跌倒) next to the assay, process, device and care techniques that answer it. Merged into
 * LIFE_HEALTH.
 */
export const LIFE_HEALTH_FIELD = {
  terms: words(`
    批间一致性 原料筛选 抗体纯化 信号放大 单分子检测 样本稀释 抗干扰能力 冻干保护剂 微球冻干 常温运输 加速稳定性
    质控失控 主曲线 磁珠法 一体化卡盒 封闭式检测 编织增强 扭矩传递 涂层牢固度 医学影像重建 弹性模量匹配
    结构化报告 分级诊疗 压缩感知 深度学习重建 密码子优化 培养基优化 国产培养基 动态载量 琼脂糖微球 无菌工艺
    程序降温 细胞扩增 快速微生物检测 杀菌工艺 天然防腐剂 异物剔除 真伪鉴别 指纹图谱 免疫亲和柱 一键呼叫
    定位手环 认知评估 认知训练 远程看护 智能护理床 防压疮床垫 体压分布 智能尿垫 排泄护理 智能药盒 用药提醒
  `),
  synonyms: groups(`
    批间差 | 批间差异 | 批间变异 | 批间cv | lot-to-lot variation | inter-lot variation
    批内差 | 批内精密度 | 批内变异 | 批内cv | intra-assay cv
    精密度 | 变异系数 | cv值 | coefficient of variation
    钩状效应 | hook效应 | 高剂量钩状效应 | 前带效应 | hook effect
    交叉反应 | 交叉反应性 | cross-reactivity | cross reactivity
    假阳性 | 假阳 | 假阳性率 | false positive
    假阴性 | 假阴 | 假阴性率 | false negative
    非特异性结合 | 非特异吸附 | 非特异性吸附 | nonspecific binding | non-specific binding
    本底高 | 背景高 | 高背景 | 本底偏高 | high background
    嗜异性抗体 | 嗜异性抗体干扰 | heterophilic antibody | hama
    效期 | 有效期 | 保质期 | 货架期 | shelf life
    冻干 | 冷冻干燥 | 冻干工艺 | lyophilization | freeze drying | freeze-drying
    诊断原料 | ivd原料 | 体外诊断原料 | 诊断用抗原抗体
    重组蛋白 | 重组表达蛋白 | recombinant protein
    杂交瘤 | 杂交瘤技术 | hybridoma
    抗体筛选 | 抗体发现 | antibody screening | antibody discovery
    标准曲线 | 标曲 | 校准曲线 | 定标曲线 | calibration curve | standard curve
    定标漂移 | 校准漂移 | calibration drift
    携带污染 | 样本携带 | 携带率 | carryover | carry-over
    质控品 | 质控物 | 质控血清 | quality control material | qc material
    校准品 | 校准物 | 定标品 | 定标液 | calibrator
    室内质控 | 室内质量控制 | internal quality control
    室间质评 | 室间质量评价 | eqa | external quality assessment
    westgard规则 | westgard | 质控规则 | westgard多规则
    质控图 | levey-jennings | l-j图 | 质控曲线
    实验室自动化 | 检验流水线 | tla | laboratory automation | total laboratory automation
    样本前处理 | 样品前处理 | 样本制备 | 样品制备 | sample preparation
    核酸提取 | 核酸纯化 | dna提取 | rna提取 | nucleic acid extraction
    样本进结果出 | 全集成检测 | sample-to-answer | sample to answer
    扩增子污染 | 气溶胶污染 | 产物污染 | 核酸污染 | amplicon contamination
    数字pcr | dpcr | ddpcr | 微滴数字pcr | digital pcr
    环氧乙烷残留 | eo残留 | eto残留 | 环氧乙烷残留量 | 残留环氧乙烷
    环氧乙烷灭菌 | eo灭菌 | eto灭菌 | ethylene oxide sterilization
    辐照灭菌 | 辐射灭菌 | 辐照消毒 | radiation sterilization
    电子束灭菌 | 电子束辐照灭菌 | e-beam sterilization | electron beam sterilization
    灭菌验证 | 灭菌确认 | 灭菌工艺验证 | sterilization validation
    导管扭结 | 导管折弯 | 导管弯折 | catheter kinking
    亲水涂层 | 润滑涂层 | 超滑涂层 | 亲水润滑涂层 | hydrophilic coating
    抗凝涂层 | 肝素涂层 | 抗凝血涂层 | heparin coating
    血液相容性 | 血液相容 | hemocompatibility
    抗菌涂层 | 抑菌涂层 | 抗感染涂层 | antibacterial coating
    生物膜 | 细菌生物膜 | biofilm
    个性化植入物 | 定制化植入物 | 定制植入物 | 个性化假体 | patient-specific implant
    多孔钛 | 多孔钛合金 | 骨小梁钛 | porous titanium
    骨整合 | 骨结合 | 骨长入 | osseointegration
    应力遮挡 | 应力屏蔽 | stress shielding
    阅片 | 读片 | image reading
    漏诊 | 漏诊率 | missed diagnosis
    误诊 | 误诊率 | misdiagnosis
    肺结节 | 肺部结节 | pulmonary nodule | lung nodule
    低剂量ct | ldct | 低剂量螺旋ct | low-dose ct
    病灶检测 | 病变检测 | 病灶识别 | lesion detection
    病灶分割 | 病变分割 | lesion segmentation
    早筛 | 早期筛查 | 癌症早筛 | early screening
    影像组学 | radiomics
    pacs | 影像归档和通信系统 | 医学影像存档与通信系统 | picture archiving and communication system
    dicom | 医学数字成像和通信 | digital imaging and communications in medicine
    医院信息系统 | 医院his | his系统 | hospital information system
    实验室信息系统 | lis系统 | lis | laboratory information system
    电子病历 | 电子病历系统 | emr | electronic medical record
    伪影 | 图像伪影 | artifact | artefact
    图像重建 | 重建算法 | image reconstruction
    表达量 | 表达水平 | expression level
    细胞株构建 | 细胞系构建 | 细胞株开发 | cell line development
    培养基 | 细胞培养基 | culture medium | cell culture medium
    无血清培养基 | 无血清培养 | serum-free medium
    化学成分限定培养基 | 化学限定培养基 | cd培养基 | chemically defined medium
    补料分批 | 补料分批培养 | 流加培养 | fed-batch | fed batch
    灌流培养 | 连续灌流 | 灌注培养 | 灌流工艺 | perfusion culture
    生物反应器 | 细胞培养反应器 | 生物反应釜 | bioreactor
    发酵罐 | 发酵设备 | fermenter | fermentor
    一次性生物反应器 | 一次性反应袋 | 一次性使用生物反应器 | single-use bioreactor
    工艺放大 | 规模放大 | 放大工艺 | 放大生产 | scale-up | scale up
    缩比模型 | 缩小模型 | scale-down model
    质量源于设计 | qbd | quality by design
    过程分析技术 | pat | process analytical technology
    收率 | 得率 | 产品收率 | product yield
    下游工艺 | 下游纯化 | 分离纯化工艺 | downstream processing
    上游工艺 | 上游培养 | 上游细胞培养 | upstream processing
    层析 | 层析纯化 | 柱层析 | 层析工艺 | column chromatography
    亲和层析 | 蛋白a亲和层析 | protein a层析 | affinity chromatography
    层析填料 | 层析介质 | 层析树脂 | 纯化填料 | chromatography resin
    宿主细胞蛋白 | 宿主蛋白残留 | hcp | host cell protein
    宿主dna残留 | 残留dna | 宿主细胞dna | residual dna
    内毒素 | 细菌内毒素 | 内毒素残留 | endotoxin
    蛋白聚集 | 蛋白质聚集 | 抗体聚集 | protein aggregation
    染菌 | 杂菌污染 | 微生物污染 | 细菌污染 | microbial contamination
    支原体 | 支原体污染 | mycoplasma
    在线清洗 | 原位清洗 | cip | clean-in-place | clean in place
    在线灭菌 | 原位灭菌 | steam-in-place | sterilization in place
    病毒清除 | 病毒去除 | 除病毒 | viral clearance
    cdmo | 合同研发生产组织 | contract development and manufacturing organization
    cro | 合同研究组织 | 医药研发外包 | contract research organization
    细胞活率 | 细胞存活率 | 细胞活力 | cell viability
    细胞冻存 | 冻存 | 细胞冷冻保存 | cryopreservation
    冻存液 | 细胞冻存液 | 冻存保护剂 | 冷冻保护剂 | cryopreservation medium
    微载体 | 微载体培养 | microcarrier
    贴壁培养 | 贴壁细胞 | adherent culture | adherent cells
    悬浮培养 | 悬浮细胞 | suspension culture
    类器官 | 类器官培养 | organoid | organoids
    3d细胞培养 | 三维细胞培养 | 三维培养 | 3d cell culture
    细胞自动化培养 | 自动化细胞培养 | 全自动细胞培养 | 细胞培养工作站 | automated cell culture
    农药残留 | 农残 | 农药残留量 | pesticide residue
    兽药残留 | 兽残 | 兽药残留量 | veterinary drug residue
    酶抑制法 | 酶抑制率法 | enzyme inhibition method
    食品安全 | 食安 | food safety
    食品快检 | 食品快速检测 | 快检 | food rapid testing
    检测周期长 | 出结果慢 | 送检周期长 | 检测耗时长 | 报告周期长
    微生物超标 | 菌落总数超标 | 细菌超标 | 菌数超标 | 大肠菌群超标
    atp荧光检测 | atp荧光 | atp生物发光 | atp检测 | atp bioluminescence
    致病菌 | 食源性致病菌 | 病原菌 | 病原微生物 | pathogenic bacteria
    超高压杀菌 | 超高压处理 | hpp | high pressure processing
    非热杀菌 | 冷杀菌 | 非热加工 | non-thermal sterilization | non-thermal processing
    气调包装 | 气调保鲜 | map包装 | modified atmosphere packaging
    异物 | 外来异物 | 异物混入 | foreign matter | foreign object
    过敏原 | 致敏原 | 过敏源 | allergen
    掺假 | 掺杂使假 | 食品掺假 | 以次充好 | adulteration
    非法添加 | 违禁添加 | 违法添加 | 非法添加物 | illegal additives
    真菌毒素 | 霉菌毒素 | mycotoxin | mycotoxins
    黄曲霉毒素 | 黄曲霉素 | afb1 | aflatoxin
    跌倒检测 | 摔倒检测 | 跌倒监测 | 跌倒识别 | fall detection
    电子围栏 | 地理围栏 | geofence | geo-fence
    阿尔茨海默病 | 阿尔茨海默症 | 阿尔兹海默症 | 老年痴呆 | 老年痴呆症 | 失智症 | alzheimer
    认知障碍 | 认知功能障碍 | 认知损害 | cognitive impairment
    护工短缺 | 护理人员短缺 | 护理人力不足 | 缺护工 | 护工难招
    智慧养老 | 智能养老 | 数字养老 | 科技养老 | smart elderly care
    居家养老 | 居家照护 | 居家护理 | home-based care | aging in place
    护理机器人 | 养老机器人 | 陪护机器人 | nursing robot | care robot
    长期护理保险 | 长护险 | long-term care insurance
    失能老人 | 半失能老人 | 失能半失能老人 | disabled elderly
    压疮 | 褥疮 | 压力性损伤 | pressure ulcer | pressure injury | bedsore
    失禁 | 尿失禁 | 大小便失禁 | incontinence
    慢病管理 | 慢性病管理 | 慢病随访 | chronic disease management
    连续血糖监测 | 动态血糖监测 | 持续葡萄糖监测 | cgm | continuous glucose monitoring
    用药依从性 | 服药依从性 | 依从性 | medication adherence
    生命体征监测 | 体征监测 | 生命体征检测 | vital signs monitoring
    睡眠呼吸暂停 | 阻塞性睡眠呼吸暂停 | 睡眠呼吸暂停综合征 | osa | sleep apnea
  `),
  related: groups(`
    批间差 | 质控品 | 校准品 | 原料筛选 | 抗体纯化 | 工艺放大 | 批间一致性
    灵敏度不够 | 信号放大 | 化学发光 | 数字pcr | 单分子检测 | 检测限
    钩状效应 | 样本稀释 | 两步法 | 线性范围
    交叉反应 | 特异性 | 假阳性 | 抗体筛选 | 表位
    假阳性 | 非特异性结合 | 封闭剂 | 嗜异性抗体 | 阻断剂
    本底高 | 非特异性结合 | 封闭液 | 洗涤分离 | 磁微粒
    溶血干扰 | 脂血干扰 | 黄疸干扰 | 干扰物质 | 抗干扰能力
    试剂稳定性 | 效期 | 冻干 | 稳定剂 | 冷链运输 | 加速稳定性
    冻干 | 冻干保护剂 | 微球冻干 | 常温运输 | 试剂稳定性
    诊断原料 | 原料国产化 | 抗体筛选 | 重组蛋白 | 杂交瘤 | 酶原料
    定标漂移 | 标准曲线 | 校准品 | 主曲线 | 两点校准
    质控失控 | 室内质控 | westgard规则 | 质控图 | 质控品
    样本前处理 | 核酸提取 | 样本进结果出 | 微流控 | 磁珠法
    扩增子污染 | 封闭式检测 | 一体化卡盒 | ung防污染 | 分区操作
    环氧乙烷残留 | 解析时间 | 环氧乙烷灭菌 | 辐照灭菌 | 电子束灭菌
    导管扭结 | 编织增强 | 抗折性能 | 扭矩传递 | 导管
    导管摩擦力大 | 亲水涂层 | 介入器械 | 涂层牢固度 | 微粒脱落
    血栓 | 抗凝涂层 | 血液相容性 | 表面肝素化 | 肝素
    植入感染 | 术后感染 | 抗菌涂层 | 生物膜 | 银离子
    个性化植入物 | 3d打印 | 多孔钛 | 骨整合 | 医学影像重建
    应力遮挡 | 弹性模量匹配 | 可降解金属 | 多孔钛 | 骨吸收
    阅片量大 | 阅片 | 辅助诊断 | 病灶检测 | 结构化报告
    漏诊 | 误诊 | 辅助诊断 | 早筛 | 病灶检测
    肺结节 | 低剂量ct | 辅助诊断 | 病灶分割 | 随访管理
    基层医疗 | 辅助诊断 | 远程医疗 | 分级诊疗
    伪影 | 图像重建 | 图像降噪 | 低剂量ct | 运动校正
    扫描时间长 | 快速成像 | 压缩感知 | 深度学习重建 | 磁共振
    表达量低 | 表达量 | 滴度 | 细胞株构建 | 密码子优化 | 培养基优化
    培养基成本高 | 无血清培养基 | 化学成分限定培养基 | 国产培养基 | 培养基优化
    工艺放大 | 缩比模型 | 质量源于设计 | 过程分析技术 | 生物反应器
    收率低 | 收率 | 下游工艺 | 层析 | 层析填料
    杂质残留 | 宿主细胞蛋白 | 宿主dna残留 | 内毒素 | 下游工艺
    层析填料 | 填料国产化 | 动态载量 | 亲和层析 | 琼脂糖微球
    染菌 | 在线灭菌 | 在线清洗 | 支原体 | 无菌工艺 | 洁净区环境监测
    细胞活率 | 培养基 | 冻存液 | 细胞冻存 | 程序降温
    贴壁培养 | 微载体 | 生物反应器 | 细胞扩增 | 悬浮培养
    细胞自动化培养 | 批次差异 | 手工操作 | 细胞治疗 | 封闭式培养
    农药残留 | 酶抑制法 | 胶体金 | 表面增强拉曼 | 快速检测 | 农残超标
    检测周期长 | 即时检测 | 快速检测 | 样本进结果出 | 食品快检
    微生物超标 | atp荧光检测 | 快速微生物检测 | 杀菌工艺 | 冷链
    致病菌 | 沙门氏菌 | 李斯特菌 | 金黄色葡萄球菌 | 等温扩增
    保质期短 | 非热杀菌 | 超高压杀菌 | 气调包装 | 天然防腐剂
    异物 | x射线检测 | 金属检测 | 异物视觉检测 | 异物剔除
    掺假 | 真伪鉴别 | 近红外光谱 | dna条形码 | 指纹图谱
    真菌毒素 | 黄曲霉毒素 | 免疫亲和柱 | 胶体金 | 降解脱毒
    老人跌倒 | 老人摔倒 | 跌倒检测 | 毫米波雷达 | 可穿戴设备 | 一键呼叫 | 姿态识别
    老人走失 | 防走失 | 定位手环 | 电子围栏 | 认知障碍
    认知障碍 | 认知评估 | 认知训练 | 早筛 | 阿尔茨海默病
    护工短缺 | 护理机器人 | 智慧养老 | 远程看护 | 智能护理床
    压疮 | 翻身 | 防压疮床垫 | 体压分布 | 智能护理床
    失禁 | 智能尿垫 | 排泄护理 | 湿度感应 | 护理机器人
    慢病管理 | 可穿戴设备 | 血压监测 | 连续血糖监测 | 远程医疗
    忘记吃药 | 漏服 | 用药依从性 | 智能药盒 | 用药提醒
    生命体征监测 | 雷达生命体征 | 非接触监测 | 呼吸监测 | 睡眠监测
    打鼾 | 睡眠呼吸暂停 | 睡眠监测 | 呼吸机
  `),
};
