import { type DomainVocabulary, groups, words } from './vocabulary';

/**
 * Cross-industry plant-floor wording for quality, yield, cost, energy, labour, maintenance, logistics, environment and
 * compliance, raw materials (客诉, 坏了再修, 人工抄表, 电费高, 异味扰民, 原材料涨价), their formal names, and the methods
 * that address them (SPC, 预测性维护, 能耗在线监测, RTO). Merged into {@link GENERAL}.
 */
export const GENERAL_SHOP_FLOOR: Pick<DomainVocabulary, 'terms' | 'synonyms' | 'related'> = {
  terms: words(`
    一致性差 工艺窗口 供应商质量 材料表征 成分分析 在线测量 激光测量 视觉测量 尺寸补偿 表面缺陷 表面缺陷检测
    异物检测 金属检测 洁净度 机器人打磨 模具磨损 前处理 防腐涂层 缓蚀剂 密封件 状态监测 设备健康管理 点检
    设备管理系统 轴承磨损 润滑管理 设备联网 产能瓶颈 柔性产线 多品种小批量 生产计划 订单交期 产线平衡 需求预测
    库存优化 条码 扫码 物流自动化 输送线 机械手 桁架机械手 视觉引导 行为识别 视频分析 人员定位 电子围栏
    能源管理平台 物联网 节能改造 谐波治理 电能质量 换热器 烟气余热 冷凝水回收 管道保温 蒸汽管网 分盐
    废水处理 膜分离 高级氧化 生化处理 生物除臭 湿式除尘 静电除尘 粉尘浓度监测 隔声 吸声材料 资源化利用
    危废处置 减量化 末端治理 环境监测 配方优化 自主可控 关键材料 系统集成 工业互联网 数据中台 知识库 专家系统
    知识图谱 作业指导书 ar辅助 大数据分析 出厂检验 粉尘 蒸汽 盐雾试验 排污许可 锅炉 燃气锅炉 压缩空气
  `),
  synonyms: groups(`
    批次不稳定 | 批次波动 | 批次间差异 | 批次一致性差 | batch-to-batch variation
    来料检验 | 进料检验 | iqc | incoming inspection | incoming quality control
    来料不良 | 来料质量问题 | 原料不合格 | 来料异常
    首件检验 | 首件检测 | first article inspection | fai
    出厂检验 | 出厂检测 | 终检 | 成品检验 | final inspection | oqc
    根因分析 | 根本原因分析 | root cause analysis
    8d报告 | 8d | 8d分析 | eight disciplines
    实验设计 | 试验设计 | design of experiments
    防错 | 防呆 | poka-yoke | 防错法 | mistake proofing
    划伤 | 划痕 | 刮伤 | scratch
    附着力 | 附着强度 | 涂层结合力 | adhesion
    盐雾试验 | 盐雾测试 | 中性盐雾试验 | salt spray test
    泄漏 | 渗漏 | 跑冒滴漏 | leakage
    气密检测 | 气密性检测 | 密封性检测 | 泄漏检测 | 检漏 | leak test | leak testing
    氦检 | 氦质谱检漏 | 氦气检漏 | helium leak test
    返工 | 返修 | rework
    油液分析 | 油液监测 | 油品分析 | oil analysis
    换型时间 | 换线时间 | 换模时间 | changeover time
    错料 | 用错料 | 错发料 | 物料错用
    自动化立体仓库 | 立体仓库 | asrs | as/rs | automated storage and retrieval system
    无人叉车 | 自动叉车 | 叉车agv | 智能叉车 | autonomous forklift
    叉车 | 铲车 | forklift
    人工上下料 | 手工上下料 | 人工上料 | manual loading
    劳动强度大 | 劳动强度高 | 重体力劳动 | 体力活
    安全生产事故 | 生产安全事故 | 安全事故 | workplace accident
    安全帽识别 | 安全帽检测 | 未戴安全帽检测 | helmet detection
    人工抄表 | 手工抄表 | 人工读表 | manual meter reading
    远程抄表 | 自动抄表 | 远程集抄 | automatic meter reading
    能源管理平台 | 能源管控平台 | 能源管理系统 | energy management platform
    智能电表 | 智能电能表 | smart meter
    电费高 | 电费贵 | 用电成本高 | 电费支出大
    峰谷电价 | 分时电价 | 峰平谷电价 | time-of-use tariff | tou电价
    功率因数 | power factor | 功率因素
    无功补偿 | 无功功率补偿 | reactive power compensation
    拉闸限电 | 有序用电 | 限电停产 | power rationing
    停电 | 电网停电 | 突然停电 | power outage | blackout
    空压站 | 压缩空气站 | 空压机房 | compressed air station
    变频调速 | 变频驱动 | vfd | variable frequency drive
    变频改造 | 变频节能改造 | 变频节能
    高效电机 | 高效节能电机 | high efficiency motor | premium efficiency motor
    余热回收 | 余热利用 | 废热回收 | waste heat recovery
    疏水阀 | 蒸汽疏水阀 | 疏水器 | steam trap
    绿电 | 绿色电力 | 可再生能源电力 | green power | green electricity
    绿证 | 绿色电力证书 | 绿色证书 | green certificate
    废水 | 污水 | 工业废水 | wastewater
    零排放 | 零液体排放 | 废水零排放 | zld | zero liquid discharge
    高盐废水 | 含盐废水 | high-salinity wastewater
    机械蒸汽再压缩 | mvr | mechanical vapor recompression | mvr蒸发
    蒸发结晶 | evaporative crystallization | 蒸发结晶工艺
    膜生物反应器 | mbr | membrane bioreactor
    挥发性有机物 | vocs | volatile organic compounds | 有机废气
    蓄热式焚烧 | rto | 蓄热式热力焚化炉 | regenerative thermal oxidizer | 蓄热焚烧
    蓄热式催化燃烧 | rco | regenerative catalytic oxidizer
    催化燃烧 | catalytic combustion | 催化氧化
    活性炭吸附 | activated carbon adsorption | 活性炭吸附脱附
    异味 | 臭味 | 恶臭 | 气味扰民 | odor | odour
    除尘 | 粉尘治理 | dust removal | dust collection
    布袋除尘 | 袋式除尘 | bag filter | baghouse
    噪声扰民 | 噪音扰民 | 噪声投诉
    降噪 | 噪声治理 | 隔声降噪 | noise reduction | 噪声控制
    危险废物 | 危废 | hazardous waste | 危险固废
    一般工业固废 | 一般固废 | 一般工业固体废物 | general industrial solid waste
    污泥干化 | 污泥干燥 | sludge drying
    烟气在线监测 | cems | 烟气排放连续监测 | continuous emission monitoring system
    环境影响评价 | 环评 | environmental impact assessment
    排放超标 | 超标排放 | 排放不达标 | 排放不合格
    原材料涨价 | 原料涨价 | 原材料成本上涨 | 材料成本上升 | raw material price increase
    材料替代 | 替代材料 | 原料替代 | material substitution
    卡脖子 | 被卡脖子 | 受制于人 | chokepoint
  `),
  related: groups(`
    人工目检 | 机器视觉 | 表面缺陷检测 | 缺陷识别
    客诉 | 质量追溯 | 根因分析 | 8d报告 | 失效分析
    批次不稳定 | 一致性差 | 统计过程控制 | 过程能力指数 | 工艺窗口
    来料不良 | 来料检验 | 供应商质量 | 材料表征 | 成分分析
    尺寸超差 | 在线测量 | 三坐标测量 | 激光测量 | 视觉测量 | 尺寸补偿
    划伤 | 表面缺陷 | 表面缺陷检测 | 柔性夹持
    异物 | 异物检测 | x射线检测 | 金属检测 | 洁净度
    毛刺 | 去毛刺 | 机器人打磨 | 模具磨损
    掉漆 | 附着力 | 前处理 | 表面处理
    生锈 | 防腐涂层 | 盐雾试验 | 缓蚀剂
    泄漏 | 气密检测 | 氦检 | 密封件
    非计划停机 | 预测性维护 | 故障预测与健康管理 | 振动监测 | 状态监测 | 设备健康管理
    事后维修 | 预防性维护 | 预测性维护 | 点检 | 设备管理系统
    轴承磨损 | 振动分析 | 油液分析 | 润滑管理
    设备综合效率 | 设备联网 | 产能瓶颈 | 非计划停机
    换型时间 | 快速换模 | 柔性产线 | 多品种小批量
    人工排产 | 智能排产 | 生产计划 | 订单交期
    交期 | 产能瓶颈 | 智能排产 | 产线平衡
    库存积压 | 仓储管理系统 | 需求预测 | 库存优化
    错料 | 防错 | 条码 | rfid | 扫码 | 仓储管理系统
    人工搬运 | agv | 自主移动机器人 | 无人叉车 | 物流自动化 | 输送线
    劳动强度大 | 外骨骼 | 自动上下料 | 协作机器人
    人工上下料 | 自动上下料 | 机械手 | 桁架机械手 | 视觉引导
    安全生产事故 | 安全帽识别 | 行为识别 | 人员定位 | 电子围栏
    人工抄表 | 智能电表 | 能耗在线监测 | 远程抄表 | 能源管理平台
    电费高 | 峰谷电价 | 需量管理 | 用户侧储能 | 节能改造 | 分布式光伏
    功率因数 | 无功补偿 | 电能质量 | 谐波治理
    空压机 | 空压站 | 变频调速 | 泄漏检测 | 余热回收
    余热回收 | 热泵 | 换热器 | 烟气余热
    疏水阀 | 冷凝水回收 | 管道保温 | 蒸汽管网
    碳排放核算 | 碳足迹 | 生命周期评价 | 碳边境调节机制 | 绿电 | 绿证
    高盐废水 | 蒸发结晶 | 机械蒸汽再压缩 | 零排放 | 分盐
    废水 | 废水处理 | 膜分离 | 膜生物反应器 | 高级氧化 | 生化处理
    异味 | 挥发性有机物 | 蓄热式焚烧 | 活性炭吸附 | 催化燃烧 | 生物除臭
    粉尘 | 除尘 | 布袋除尘 | 湿式除尘 | 静电除尘 | 粉尘浓度监测
    噪声扰民 | 降噪 | 隔声 | 吸声材料
    危险废物 | 危废处置 | 资源化利用 | 减量化
    排放超标 | 烟气在线监测 | 末端治理 | 环境监测
    原材料涨价 | 材料替代 | 配方优化 | 国产替代
    卡脖子 | 国产替代 | 自主可控 | 关键材料
    数据孤岛 | 系统集成 | 工业互联网 | 数据中台
    经验传承 | 知识库 | 专家系统 | 知识图谱 | 作业指导书
    良率 | 根因分析 | 实验设计 | 大数据分析 | 统计过程控制
    有序用电 | 用户侧储能 | 自备电源 | 错峰生产
    停电 | 备用电源 | 不间断电源 | 用户侧储能
    热处理 | 淬火 | 回火 | 退火 | 正火
  `),
};
