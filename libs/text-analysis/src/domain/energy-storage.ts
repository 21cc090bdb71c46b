import { ENERGY_STORAGE_SHOP_FLOOR } from './energy-storage-shop-floor';
import { type DomainVocabulary, groups, words } from './vocabulary';

/** Energy storage: cells and chemistries, BMS/PCS/EMS, safety, thermal management, second life, grid services. */
export const ENERGY_STORAGE: DomainVocabulary = {
  industry: 'ENERGY_STORAGE',
  terms: [
    ...words(`
    储能 新型储能 电化学储能 物理储能 储能系统 储能电站 储能电池 储能变流器 储能舱 电池舱 储能集装箱 电池簇
    电池包 电池模组 电芯 单体电池 锂电池 锂离子电池 磷酸铁锂 三元锂 三元材料 钠离子电池 固态电池 半固态电池
    全固态电池 锂金属电池 液流电池 全钒液流电池 铁铬液流电池 锌溴液流电池 压缩空气储能 飞轮储能 抽水蓄能
    重力储能 储热 熔盐储热 氢储能 超级电容 超级电容器 电池管理系统 能量管理系统 储能变流器 双向变流器 荷电状态
    健康状态 功率状态 剩余寿命 主动均衡 被动均衡 均衡控制 一致性 一致性管理 快速分选 分选 配组 重组 梯次利用
    退役电池 退役动力电池 动力电池回收 电池回收 湿法回收 火法回收 直接回收 无损拆解 拆解 黑粉 热失控 热蔓延
    热扩散 热失控预警 早期预警 过充 过放 内短路 析锂 产气 鼓胀 电芯膨胀 热管理 液冷 风冷 浸没式液冷 冷板
    消防 储能消防 全氟己酮 七氟丙烷 气溶胶灭火 可燃气体探测 氢气探测 一氧化碳探测 抑爆 泄爆 复燃 循环寿命
    日历寿命 容量衰减 容量保持率 内阻 直流内阻 电化学阻抗谱 交流阻抗 开路电压 库仑效率 能量密度 功率密度
    倍率性能 快充 正极材料 负极材料 硅碳负极 石墨负极 电解液 固态电解质 隔膜 集流体 铜箔 铝箔 极片 涂布
    辊压 分切 卷绕 叠片 化成 分容 注液 峰谷套利 削峰填谷 调峰 调频 一次调频 需求响应 备用电源 独立储能
    共享储能 用户侧储能 电网侧储能 电源侧储能 工商业储能 户用储能 微电网 虚拟电厂 构网型 跟网型 构网型储能
    充电桩 换电 换电站 光储充 充放电 电池簇不一致 电池仿真 电池模型 等效电路模型 卡尔曼滤波 电池数字孪生
  `),
    ...ENERGY_STORAGE_SHOP_FLOOR.terms,
  ],
  synonyms: [
    ...groups(`
    储能 | 储能技术 | energy storage | ess
    电化学储能 | 电池储能 | battery energy storage | bess | battery storage
    储能系统 | 储能装置 | energy storage system | storage system
    储能电站 | 储能站 | 储能电厂 | energy storage station | storage plant
    储能舱 | 电池舱 | 储能集装箱 | 电池集装箱 | battery container | 预制舱
    电池管理系统 | bms | battery management system | 电池管理
    能量管理系统 | ems | energy management system
    储能变流器 | pcs | power conversion system | 双向变流器 | 储能逆变器 | bidirectional converter
    锂离子电池 | 锂电池 | 锂电 | li-ion | lithium-ion battery | lithium ion battery
    磷酸铁锂 | lfp | lifepo4 | 磷酸铁锂电池 | lithium iron phosphate
    三元锂 | 三元锂电池 | 三元材料 | ncm | nmc | nca | 镍钴锰
    钠离子电池 | 钠电池 | 钠电 | sodium-ion battery | sodium ion battery | sib
    固态电池 | 全固态电池 | solid-state battery | ssb | solid state battery
    半固态电池 | semi-solid battery | 固液混合电池
    液流电池 | flow battery | redox flow battery | 氧化还原液流电池
    全钒液流电池 | 钒电池 | vrfb | vanadium redox flow battery | vanadium flow battery
    压缩空气储能 | caes | compressed air energy storage
    飞轮储能 | flywheel | flywheel energy storage
    抽水蓄能 | 抽水储能 | pumped hydro | pumped storage | phs
    超级电容 | 超级电容器 | 双电层电容 | supercapacitor | ultracapacitor | edlc
    荷电状态 | soc | state of charge | 剩余电量 | soc估计 | soc估算
    健康状态 | soh | state of health | 健康度 | 健康状态评估 | soh估计
    功率状态 | sop | state of power
    剩余寿命 | rul | remaining useful life | 剩余使用寿命
    主动均衡 | active balancing | 有源均衡
    被动均衡 | passive balancing | 耗散均衡
    电池均衡 | 电芯均衡 | cell balancing
    梯次利用 | 梯级利用 | 电池梯次利用 | second life | second-life
    退役电池 | 退役动力电池 | 废旧电池 | 废旧锂电池 | retired battery | spent battery | end-of-life battery
    电池回收 | 动力电池回收 | 锂电池回收 | battery recycling
    湿法回收 | 湿法冶金 | hydrometallurgy | hydrometallurgical recycling
    火法回收 | 火法冶金 | pyrometallurgy
    快速分选 | 电池分选 | 分选配组 | 配组 | battery sorting | cell matching
    热失控 | thermal runaway | 热失控事故
    热蔓延 | 热扩散 | thermal propagation
    热失控预警 | 热失控早期预警 | 热失控监测 | thermal runaway warning
    热管理 | 电池热管理 | 热管理系统 | tms | btms | thermal management
    液冷 | 液冷散热 | liquid cooling | 液冷板 | 冷板
    浸没式液冷 | 浸没冷却 | immersion cooling
    全氟己酮 | novec 1230 | fk-5-1-12 | c6f12o
    七氟丙烷 | hfc-227ea | fm200
    储能消防 | 电池消防 | battery fire suppression
    析锂 | 锂析出 | lithium plating | 镀锂
    电化学阻抗谱 | eis | 交流阻抗谱 | 阻抗谱 | electrochemical impedance spectroscopy
    内阻 | 直流内阻 | dcr | internal resistance | dcir
    循环寿命 | cycle life | 循环次数
    容量衰减 | 容量衰退 | capacity fade | capacity degradation | 容量损失
    能量密度 | energy density | 比能量
    快充 | 快速充电 | fast charging | 超充
    正极材料 | 正极 | cathode | cathode material
    负极材料 | 负极 | anode | anode material
    硅碳负极 | 硅基负极 | silicon-carbon anode | si/c
    电解液 | electrolyte | 电解质溶液
    固态电解质 | solid electrolyte | sse
    隔膜 | separator | 锂电隔膜
    集流体 | current collector
    极片 | 电极片 | electrode | 锂电极片
    化成分容 | 化成与分容 | formation and grading
    峰谷套利 | 峰谷价差 | peak-valley arbitrage | arbitrage
    削峰填谷 | 移峰填谷 | peak shaving | peak shaving and valley filling | load shifting
    调频 | 一次调频 | 二次调频 | frequency regulation | 频率调节
    需求响应 | demand response
    微电网 | 微网 | microgrid | micro-grid
    虚拟电厂 | vpp | virtual power plant
    构网型 | 构网 | grid-forming | gfm
    跟网型 | grid-following | gfl
    充电桩 | 充电站 | charging pile | charger | ev charger | 充电设施
    换电 | 换电站 | battery swapping | battery swap
    光储充 | 光储充一体化 | 光储充检 | pv-storage-charging
    户用储能 | 家庭储能 | residential storage | home battery | home energy storage
    工商业储能 | c&i储能 | commercial and industrial storage
    等效电路模型 | ecm | equivalent circuit model
    卡尔曼滤波 | kalman filter | ekf | ukf | 扩展卡尔曼滤波
    电池包 | pack | 电池pack | battery pack
    电芯 | 单体电池 | battery cell
    电池模组 | battery module
    电池簇 | battery rack
  `),
    ...ENERGY_STORAGE_SHOP_FLOOR.synonyms,
  ],
  related: [
    ...groups(`
    热失控 | 热失控预警 | 气体探测 | 氢气探测 | 一氧化碳探测 | 温度监测 | 烟雾探测 | 冒烟 | 起火
    热失控 | 储能消防 | 全氟己酮 | 抑爆 | 泄爆 | 复燃
    梯次利用 | 退役电池 | 快速分选 | 配组 | 电芯一致性 | 无损拆解 | 健康状态
    电池管理系统 | soc估计 | 电池均衡 | 一致性管理 | 电池簇不一致
    析锂 | 健康状态 | 电化学阻抗谱 | 容量衰减
    电芯膨胀 | 鼓胀 | 产气 | 热失控前兆
    集流体 | 铜箔 | 铝箔 | 复合集流体 | 复合铜箔
  `),
    ...ENERGY_STORAGE_SHOP_FLOOR.related,
  ],
};
