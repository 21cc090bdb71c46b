import { type DomainVocabulary, groups, words } from './vocabulary';

/**
 * Energy storage, plant-floor side: what a cell line, pack shop, station operator or recycler says (鼓包, 压差大,
 * 掉电快, 充不满, 辅助功耗高), formal names, and the materials, BMS/thermal/safety measures and tests that address them;
 * plus hydrogen, flow batteries and thermal storage. Merged into {@link ENERGY_STORAGE}.
 */
export const ENERGY_STORAGE_SHOP_FLOOR: Pick<DomainVocabulary, 'terms' | 'synonyms' | 'related'> = {
  terms: words(`
    电芯膨胀力 膨胀力监测 电解液分解 高温存储 电解液添加剂 化成工艺 过压保护 充电截止 单体过压 电池加热 自加热
    脉冲加热 电解液配方 负极包覆 正极包覆 单晶正极 锂金属负极 界面阻抗 金属异物 冷板设计 流道优化
    防火隔热 热阻隔 过充测试 热失控实验 pack级消防 簇级消防 浸没消防 排气通道 空调能耗 pcs损耗
    变压器损耗 调度策略 充放电策略 储能经济性 投资回收期 短路比 弱电网 功率响应时间 毫秒级响应 储能调频 酸浸
    自动化拆解 机器人拆解 电池包拆解 电池快检 涂布不均 在线面密度测量 涂布模头 激光模切 分切刀具 ccd检测
    水分超标 真空烘烤 铂载量 铱载量 非贵金属催化剂 风光制氢 绿氨 储氢合金 锅炉改造 蓄热 锂电替代 密封钉焊接 机房备电
    碳酸锂价格 大圆柱电池 储能大电芯 电池一致性 电池安全 电池寿命
  `),
  synonyms: groups(`
    电池鼓包 | 电芯鼓包 | 电池胀气 | 电池膨胀 | battery swelling
    掉电快 | 掉电严重 | 电量掉得快 | 续航缩水
    充不满 | 充不进电 | 充电不满 | 充不进去
    压差大 | 压差过大 | 电压不一致 | 单体电压不一致
    单体压差 | 电芯压差 | 单体电压差 | cell voltage difference
    电芯温差 | 电池温差 | 簇内温差 | cell temperature difference
    漏液 | 电解液泄漏 | 渗液 | electrolyte leakage
    自放电 | self-discharge | 自放电率
    自放电大 | 自放电过高 | 自放电异常
    低温掉电 | 冬天掉电 | 低温续航差 | 低温容量衰减
    低温性能 | 低温放电性能 | low temperature performance
    往返效率 | 充放电效率 | 储能系统效率 | round-trip efficiency | round trip efficiency
    辅助功耗 | 辅助用电 | 自耗电 | 辅助耗电 | auxiliary power consumption
    簇间环流 | 并联环流 | circulating current
    soc不准 | soc跳变 | 电量显示不准 | soc漂移 | soc误差
    安时积分 | 安时积分法 | 库仑计数 | coulomb counting
    电芯一致性 | 电池一致性 | cell consistency | cell-to-cell variation
    固体电解质界面膜 | sei膜 | sei | solid electrolyte interphase
    正极电解质界面膜 | cei膜 | cei | cathode electrolyte interphase
    预锂化 | 补锂 | prelithiation | 锂补偿
    锂枝晶 | lithium dendrite | 锂晶枝
    磷酸锰铁锂 | 磷酸铁锰锂 | lmfp | lithium manganese iron phosphate
    高镍 | 高镍三元 | high nickel | ni-rich
    富锂锰基 | 富锂锰 | lithium-rich manganese | li-rich
    硬碳 | hard carbon | 硬碳负极
    普鲁士蓝 | 普鲁士蓝类似物 | prussian blue | prussian blue analogue
    层状氧化物 | layered oxide | 层状氧化物正极
    聚阴离子 | 聚阴离子化合物 | polyanion
    硫化物固态电解质 | 硫化物电解质 | sulfide electrolyte | sulfide solid electrolyte
    氧化物固态电解质 | 氧化物电解质 | oxide solid electrolyte
    聚合物电解质 | 固态聚合物电解质 | polymer electrolyte
    阻燃电解液 | 不燃电解液 | 不可燃电解液 | flame-retardant electrolyte | non-flammable electrolyte
    陶瓷隔膜 | 陶瓷涂覆隔膜 | ceramic coated separator
    复合铜箔 | 复合铜集流体 | composite copper foil
    复合集流体 | composite current collector
    粘结剂 | 黏结剂 | binder
    pvdf | 聚偏氟乙烯 | polyvinylidene fluoride
    干法电极 | 干电极 | dry electrode | 干法极片
    大圆柱 | 大圆柱电池 | 4680 | 4680电池 | 46系列大圆柱
    刀片电池 | blade battery
    ctp | cell to pack | 无模组 | 电芯到电池包
    极片毛刺 | 分切毛刺 | electrode burr
    极耳 | 电池极耳 | tab lead
    干燥房 | 干燥间 | dry room
    卡尔费休 | 卡尔费休水分测定 | 卡氏水分 | karl fischer
    极片对齐度 | 阴阳极对齐度 | overhang
    自放电k值 | k值筛选 | 压降k值
    化成分容设备 | 化成分容柜 | formation and grading equipment
    化成工艺 | 化成工序 | 电池化成 | formation process
    云端bms | 云bms | 云端电池管理 | cloud bms
    绝缘监测 | 绝缘检测 | insulation monitoring
    液冷机组 | 冷水机组 | 液冷主机 | chiller
    导热结构胶 | 导热胶 | thermal adhesive
    云母板 | 云母片 | mica sheet
    防爆阀 | 电池防爆阀 | 电芯泄压阀 | 电池泄压阀 | safety vent
    细水雾 | 细水雾灭火 | water mist
    针刺试验 | 针刺测试 | nail penetration test
    绝热加速量热仪 | 加速量热仪 | accelerating rate calorimeter | arc量热
    ul9540a | ul 9540a测试 | 9540a
    虚拟同步机 | 虚拟同步发电机 | vsg | virtual synchronous generator
    黑启动 | black start
    惯量支撑 | 虚拟惯量 | inertia support | 惯量响应
    三电平 | three-level | 三电平拓扑
    电力现货市场 | 电力现货 | electricity spot market
    辅助服务 | 电力辅助服务 | 辅助服务市场 | ancillary service
    容量租赁 | 储能容量租赁 | 容量共享
    破碎分选 | 破碎分离 | crushing and sorting
    预放电 | 放电预处理 | 退役电池放电 | 盐水放电
    浸出 | 浸出工艺 | leaching
    溶剂萃取 | 萃取 | solvent extraction
    锂回收 | 回收提锂 | lithium recovery
    碳酸锂 | li2co3 | lithium carbonate | 电池级碳酸锂
    直接再生 | 修复再生 | direct regeneration
    黑粉 | 黑粉料 | black mass | 电池粉
    余能检测 | 剩余容量检测 | residual capacity test
    绿氢 | 可再生能源制氢 | green hydrogen
    碱性电解槽 | 碱性水电解 | alkaline electrolyzer | alk电解槽
    pem电解槽 | 质子交换膜电解槽 | pem electrolyzer | pemwe
    固体氧化物电解 | soec | solid oxide electrolysis
    aem电解槽 | 阴离子交换膜电解 | aem electrolyzer | aemwe
    制氢电耗 | 电解槽能耗 | 单位制氢能耗 | 制氢能耗
    储氢 | 氢储存 | hydrogen storage
    固态储氢 | 金属氢化物储氢 | solid-state hydrogen storage
    有机液体储氢 | lohc | liquid organic hydrogen carrier
    液氢 | 液态氢 | liquid hydrogen | lh2
    加氢站 | hydrogen refueling station | 氢气加注站
    气体扩散层 | gdl | gas diffusion layer
    氢脆 | hydrogen embrittlement | 氢致开裂
    氢气泄漏 | 氢泄漏 | 漏氢 | hydrogen leakage
    电堆 | 电池堆 | cell stack
    钒电解液 | 钒液 | vanadium electrolyte
    全氟磺酸膜 | nafion | pfsa膜 | perfluorosulfonic acid membrane
    碳毡 | 石墨毡 | carbon felt | graphite felt
    熔盐储热 | 熔盐储能 | molten salt storage
    相变储热 | 相变蓄热 | latent heat storage
    冰蓄冷 | 蓄冰空调 | ice storage | 冰蓄冷空调
    电蓄热 | 谷电蓄热 | 蓄热式电锅炉 | 电蓄热锅炉 | electric thermal storage
    铅酸电池 | 铅酸蓄电池 | 铅蓄电池 | lead-acid battery
    铅炭电池 | 铅碳电池 | lead-carbon battery
    不间断电源 | ups | uninterruptible power supply
    备用电源 | 后备电源 | backup power
    移动储能 | 移动储能车 | 储能车 | mobile energy storage
    便携式储能 | 户外电源 | 户外储能电源 | portable power station
  `),
  related: groups(`
    电池鼓包 | 产气 | 电解液分解 | 高温存储 | 电解液添加剂 | 化成工艺
    电池鼓包 | 电芯膨胀力 | 膨胀力监测 | 热失控预警 | 气体探测
    掉电快 | 容量衰减 | 自放电大 | 健康状态 | 内阻 | 析锂
    压差大 | 单体压差 | 电芯一致性 | 主动均衡 | 快速分选 | 自放电大
    充不满 | 单体过压 | 充电截止 | 电池均衡 | 电芯一致性
    电芯温差 | 液冷 | 冷板设计 | 流道优化 | cfd仿真 | 电池热管理
    soc不准 | soc估计 | 卡尔曼滤波 | 安时积分 | 等效电路模型 | ocv-soc曲线
    低温掉电 | 低温性能 | 电解液配方 | 电池加热 | 自加热 | 脉冲加热
    快充 | 析锂 | 锂枝晶 | 负极包覆 | 电解液配方
    漏液 | 密封钉焊接 | 氦检 | 气密检测
    内短路 | 极片毛刺 | 金属异物 | 陶瓷隔膜 | 自放电k值 | 极片对齐度
    热失控 | 针刺试验 | 绝热加速量热仪 | 过充测试 | 热失控实验 | ul9540a
    热蔓延 | 气凝胶 | 云母板 | 防火隔热 | 热阻隔
    复燃 | 细水雾 | 浸没消防 | pack级消防 | 簇级消防
    防爆阀 | 排气通道 | 泄爆 | 可燃气体探测 | 氢气探测
    往返效率 | 辅助功耗 | 液冷机组 | 空调能耗 | pcs损耗 | 变压器损耗
    储能经济性 | 峰谷套利 | 容量租赁 | 辅助服务 | 电力现货市场 | 投资回收期
    工商业储能 | 峰谷电价 | 需量管理 | 防逆流 | 能量管理系统 | 调度策略
    储能变流器 | 三电平 | 碳化硅器件 | igbt模块 | 变流器效率
    构网型储能 | 虚拟同步机 | 惯量支撑 | 黑启动 | 弱电网 | 短路比
    一次调频 | 功率响应时间 | 毫秒级响应 | 储能调频
    退役电池 | 预放电 | 破碎分选 | 黑粉 | 湿法回收 | 浸出 | 溶剂萃取
    锂回收 | 碳酸锂 | 黑粉 | 直接再生 | 补锂
    梯次利用 | 余能检测 | 电池快检 | 电化学阻抗谱 | 健康状态评估
    无损拆解 | 自动化拆解 | 机器人拆解 | 电池包拆解
    钠离子电池 | 硬碳 | 普鲁士蓝 | 层状氧化物 | 聚阴离子
    固态电池 | 硫化物固态电解质 | 氧化物固态电解质 | 聚合物电解质 | 界面阻抗 | 锂金属负极
    碳酸锂价格 | 钠离子电池 | 磷酸锰铁锂 | 锂电成本
    能量密度 | 高镍 | 硅碳负极 | 富锂锰基 | 锂金属负极
    循环寿命 | 单晶正极 | 正极包覆 | 电解液添加剂 | 预锂化
    涂布不均 | 涂布面密度 | 在线面密度测量 | 涂布模头 | 辊压
    极片毛刺 | 分切 | 激光模切 | 分切刀具 | ccd检测
    水分超标 | 干燥房 | 露点 | 真空烘烤 | 卡尔费休
    化成工艺 | 化成分容设备 | 固体电解质界面膜 | 分容
    制氢电耗 | 铂载量 | 铱载量 | 非贵金属催化剂 | 碱性电解槽 | pem电解槽
    绿氢 | 风光制氢 | 光伏制氢 | 储氢 | 绿氨
    氢气泄漏 | 氢气探测 | 氢脆 | 储氢瓶
    固态储氢 | 储氢合金 | 有机液体储氢 | 液氢 | 加氢站
    液流电池 | 钒电解液 | 离子交换膜 | 全氟磺酸膜 | 碳毡 | 电堆
    电蓄热 | 熔盐储热 | 相变储热 | 锅炉改造 | 谷电蓄热
    备用电源 | 不间断电源 | 铅酸电池 | 锂电替代 | 机房备电
  `),
};
