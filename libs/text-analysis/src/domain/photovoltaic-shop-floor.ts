import { type DomainVocabulary, groups, words } from './vocabulary';

/**
 * Photovoltaics, plant-floor side: the words a wafer, cell, module, glass or plant manager uses for symptoms, cost
 * and throughput (花片, 银耗, 爆膜, 发电量不达预期), their formal names, and the lab techniques that address them.
 * Merged into {@link PHOTOVOLTAIC}.
 */
export const PHOTOVOLTAIC_SHOP_FLOOR: Pick<DomainVocabulary, 'terms' | 'synonyms' | 'related'> = {
  terms: words(`
    低效片 电池片良率 组件良率 外观不良 el不良 el终检 组件终检 人工判图 自动判图 硅片分选 电池分档 功率分档
    单炉产量 成晶率 坩埚寿命 内层砂 氧沉淀 热施主 磁场拉晶 导轮 金刚线张力 硅片强度 柔性抓取 伯努利吸盘
    方阻均匀性 管式扩散 硼硅玻璃 去绕镀 poly厚度 氢钝化 隐开路电压 复合电流密度 表面复合速率 印刷湿重
    浆料流变 细栅线宽 栅线遮光 焊接应力 低温焊接 串焊温度 焊接拉力 助焊剂 层压温度 层压时间 胶膜收缩
    抗pid 高阻胶膜 负极接地 体积电阻率 反光焊带 片间距 水汽透过率 含氟背板 铅吸附 成膜均匀性 边缘封装 丁基胶
    t80寿命 钙钛矿稳定性 湿热稳定性 大面积制备 窑炉能耗 熔窑 铁含量 玻璃强度 2.0mm玻璃 薄玻璃 边框成本
    阳极氧化 锌铝镁 无边框 绒面反射率 组件分层 组件脱层 发电量不达预期 发电量低 组串电流偏低 零电流组串 组串故障 逆变器跳闸 逆变器告警
    逆变器故障 风扇故障 电容老化 散热设计 mc4连接器 电缆老化 通信中断 数据采集器 集控中心 驱鸟 雪载 组件倾角
    除雪 清洗周期 清洗频次 清洗用水 积灰监测 轻质组件 柔性组件 支架强度 螺栓松动 风洞试验 热镀锌 数值天气预报
    超短期预测 电压越限 逆变器无功 组件拆解 银回收 硅回收 玻璃回收 eva去除
  `),
  synonyms: groups(`
    暗片 | 黑片 | dark cell | el dark cell
    花片 | 色差片 | 颜色不均片 | 色斑片
    自动判图 | ai判图 | el自动判图 | el智能判图 | 智能判图
    碎片率 | 破片率 | 破片比例 | breakage rate
    硅片翘曲 | 硅片弯曲 | wafer warpage | wafer bow
    总厚度偏差 | ttv | total thickness variation
    石英坩埚 | 石英埚 | quartz crucible
    热场 | 热场系统 | 单晶炉热场 | hot zone
    碳碳复合材料 | c/c复合材料 | 碳/碳复合材料 | carbon-carbon composite
    连续拉晶 | 连续直拉 | ccz | continuous czochralski
    复投拉晶 | 多次复投 | 多次加料拉晶 | rcz | recharged czochralski
    磁场拉晶 | 磁控直拉 | mcz | magnetic czochralski
    间隙氧 | 间隙氧含量 | interstitial oxygen
    同心圆 | 同心圆缺陷 | 漩涡缺陷 | swirl defect
    掺镓 | 镓掺杂 | gallium doping | ga-doped
    硅泥 | 切割硅粉 | 切割废硅粉 | silicon kerf
    拉晶电耗 | 单晶电耗 | 长晶电耗
    金属化 | metallization | metallisation | 电极金属化
    接触电阻 | contact resistance
    比接触电阻 | 接触电阻率 | specific contact resistivity | contact resistivity
    串联电阻 | 串阻 | series resistance
    并联电阻 | 并阻 | shunt resistance | rsh
    反向漏电流 | 反向电流 | irev | reverse current
    隐开路电压 | implied voc | ivoc
    lpcvd | 低压化学气相沉积 | low pressure chemical vapor deposition
    pecvd | 等离子体增强化学气相沉积 | plasma enhanced chemical vapor deposition
    ald | 原子层沉积 | atomic layer deposition
    磁控溅射 | 溅射镀膜 | magnetron sputtering
    激光辅助烧结 | leco | 激光增强接触优化 | laser enhanced contact optimization | 激光诱导烧结
    激光开膜 | 激光开窗 | laser opening
    激光消融 | 激光烧蚀 | laser ablation
    爆膜 | poly爆膜 | 膜层起泡
    银耗 | 银浆耗量 | 单片银耗 | 银浆单耗 | silver consumption
    降银 | 减银 | 少银化 | silver reduction
    去银化 | 无银化 | silver-free metallization
    低温银浆 | 低温浆料 | low temperature silver paste
    玻璃粉 | 玻璃料 | glass frit
    网版 | 印刷网版 | 丝网网版 | printing screen
    无网结网版 | 无网结 | knotless screen
    栅线高宽比 | 栅线宽高比 | finger aspect ratio
    焊带 | 涂锡焊带 | 互连焊带 | ribbon | interconnect ribbon
    汇流条 | 汇流带 | bus ribbon
    脱焊 | 焊带脱落 | 焊接脱落
    层压气泡 | 组件气泡 | 层压鼓泡
    黄变 | 发黄 | 变黄 | yellowing | 黄化
    蜗牛纹 | snail trail | snail track
    背板开裂 | 背板龟裂 | backsheet cracking
    背板粉化 | chalking | 背板粉末化
    交联度 | 凝胶含量 | degree of cross-linking | gel content
    剥离强度 | peel strength | 剥离力
    epe | epe胶膜 | 共挤胶膜 | eva/poe/eva
    光转胶膜 | 转光胶膜 | 光转换胶膜 | down-conversion film
    玻璃自爆 | 钢化玻璃自爆 | spontaneous breakage
    热浸处理 | 均质处理 | heat soak test
    钢化玻璃 | 全钢化玻璃 | tempered glass | toughened glass
    半钢化 | 半钢化玻璃 | heat strengthened glass
    镀膜玻璃 | 减反射镀膜玻璃 | ar镀膜玻璃 | ar coated glass
    组件边框 | 光伏边框 | 光伏铝边框 | module frame
    钢边框 | 钢制边框 | 钢材边框 | steel frame
    复合材料边框 | 复合边框 | 聚氨酯边框 | 玻纤复合边框 | composite frame
    湿热老化 | 湿热试验 | 双85 | 双85试验 | damp heat | dh1000
    热循环试验 | 温度循环试验 | thermal cycling test | tc200
    湿冻试验 | 湿冷冻试验 | humidity freeze
    紫外衰减 | uv衰减 | uvid | 紫外诱导衰减 | uv-induced degradation
    冰雹试验 | 冰雹测试 | hail test
    封装损失 | ctm | ctm损失 | cell-to-module
    电池分档 | 效率分档 | cell binning
    功率分档 | 功率档位 | 组件分档 | power binning
    性能比 | pr值 | performance ratio | 电站性能比
    组串失配 | 组件失配 | 失配损失 | mismatch loss
    组串离散率 | 组串电流离散率 | 组串离散度
    直流拉弧 | 直流电弧 | 拉弧 | dc arc | arc fault
    电弧故障断路器 | afci | arc fault circuit interrupter | 电弧故障检测
    快速关断 | rsd | rapid shutdown | 组件级关断
    绝缘阻抗低 | 绝缘阻抗异常 | 绝缘电阻低 | iso故障 | insulation fault
    接地故障 | ground fault | 对地故障
    弃光 | 弃光限电 | 光伏弃电 | solar curtailment | curtailment
    光功率预测 | 光伏功率预测 | 发电功率预测 | pv power forecasting | solar forecasting
    辐照度 | 太阳辐照度 | irradiance | 辐照强度
    辐照仪 | 总辐射表 | pyranometer | 辐射表
    功率温度系数 | 组件温度系数 | power temperature coefficient
    防逆流 | 逆功率保护 | 防倒送 | anti-backflow | reverse power protection
    防孤岛 | 反孤岛 | 孤岛保护 | anti-islanding
    低电压穿越 | lvrt | low voltage ride through
    高电压穿越 | hvrt | high voltage ride through
    电压抬升 | 电压升高 | voltage rise
    容配比 | 直流容配比 | dc/ac ratio | inverter loading ratio
    过温降额 | 温度降额 | thermal derating
    彩钢瓦 | 彩钢板 | 彩钢屋面 | 压型钢板 | color steel roof
    屋顶承重 | 屋面荷载 | 屋顶荷载 | roof load capacity
    屋面渗漏 | 屋顶漏水 | 屋面漏水 | roof leakage
    螺旋桩 | 螺旋地桩 | screw pile | helical pile
    鸟粪 | 鸟粪遮挡 | bird droppings
    积雪 | 组件积雪 | 积雪遮挡 | snow cover
    狭缝涂布 | slot-die | 狭缝挤出涂布 | slot die coating
    刮涂 | blade coating | doctor blading
    离子迁移 | ion migration
    卤素相分离 | 光致相分离 | halide segregation
    铅泄漏 | 铅溢出 | lead leakage
    无铅钙钛矿 | 锡基钙钛矿 | lead-free perovskite
    氧化镍 | niox | nickel oxide
    空穴传输层 | hole transport layer | htl
    电子传输层 | electron transport layer
    微晶硅 | 纳米晶硅 | microcrystalline silicon | nc-si
    ito靶材 | ito靶 | ito target
    低铟 | 少铟 | 减铟 | indium reduction
    无铟 | 去铟 | indium-free
    azo | 掺铝氧化锌 | aluminum-doped zinc oxide
  `),
  related: groups(`
    暗片 | 低效片 | 少子寿命 | 吸杂 | 光致发光
    人工判图 | 自动判图 | el缺陷识别 | el误判
    隐裂 | 焊接应力 | 低温焊接 | 串焊温度 | 焊带 | 层压
    碎片率 | 薄片化 | 硅片强度 | 崩边 | 缺角 | 柔性抓取 | 伯努利吸盘
    硅片翘曲 | 薄片化 | 铝浆 | 铝背场
    线痕 | 总厚度偏差 | 金刚线张力 | 切削液 | 导轮
    拉晶电耗 | 热场 | 碳碳复合材料 | 固化毡 | 氩气回收 | 单炉产量
    石英坩埚 | 高纯石英砂 | 内层砂 | 坩埚寿命 | 连续拉晶 | 复投拉晶
    间隙氧 | 同心圆 | 黑心片 | 氧沉淀 | 热施主 | 磁场拉晶
    绕镀 | 爆膜 | poly厚度 | lpcvd | pecvd | 去绕镀
    硼扩散 | 方阻均匀性 | 管式扩散 | 硼硅玻璃 | 激光掺杂
    接触电阻 | 激光辅助烧结 | 玻璃粉 | 串联电阻 | 填充因子
    银耗 | 降银 | 银包铜 | 铜电镀 | 无主栅 | 多主栅 | 细栅线宽
    断栅 | 虚印 | 网版 | 印刷湿重 | 浆料流变 | 无网结网版
    开路电压 | 隐开路电压 | 表面复合速率 | 复合电流密度 | 氢钝化
    低温银浆 | 银包铜 | ito靶材 | 低铟 | 无铟 | azo
    异质结 | 本征非晶硅 | 微晶硅 | pecvd | 磁控溅射 | 光注入退火
    背接触 | 激光开膜 | 激光消融 | 绝缘隔离
    钙钛矿稳定性 | 湿热稳定性 | 离子迁移 | 卤素相分离 | 边缘封装 | 丁基胶 | t80寿命
    钙钛矿 | 大面积制备 | 狭缝涂布 | 刮涂 | 成膜均匀性
    铅泄漏 | 无铅钙钛矿 | 铅吸附 | 边缘封装
    层压气泡 | 脱层 | 交联度 | 层压温度 | 层压时间 | 剥离强度 | 胶膜收缩
    黄变 | 紫外衰减 | 光转胶膜 | 抗紫外 | 紫外截止
    蜗牛纹 | 隐裂 | 水汽透过率 | 醋酸腐蚀 | 银栅线腐蚀
    背板开裂 | 背板粉化 | 含氟背板 | 双玻组件 | 背板耐候
    电势诱导衰减 | 抗pid | poe胶膜 | 高阻胶膜 | 负极接地 | 体积电阻率
    封装损失 | 反光焊带 | 光转胶膜 | 片间距 | 焊带遮光
    接线盒 | 接线盒烧毁 | 旁路二极管 | 二极管击穿 | 热斑
    虚焊 | 脱焊 | 焊接拉力 | 助焊剂 | 串焊温度 | el检测
    功率分档 | 电池分档 | 封装损失 | 组件功率 | iv测试
    玻璃自爆 | 硫化镍 | 钢化玻璃 | 热浸处理
    透光率 | 减反射镀膜 | 超白玻璃 | 铁含量 | 压花
    光伏玻璃 | 熔窑 | 窑炉能耗 | 石英砂 | 纯碱
    薄玻璃 | 2.0mm玻璃 | 半钢化 | 玻璃强度 | 双玻组件
    组件边框 | 边框成本 | 钢边框 | 复合材料边框 | 无边框 | 阳极氧化
    发电量不达预期 | 发电量低 | 性能比 | 组串失配 | 遮挡损失 | iv曲线扫描
    组串电流偏低 | 零电流组串 | 组串离散率 | 组串诊断 | iv曲线扫描
    逆变器跳闸 | 绝缘阻抗低 | 接地故障 | 直流拉弧 | 电缆老化 | mc4连接器
    直流拉弧 | 电弧故障断路器 | 快速关断 | 屋顶火灾 | mc4连接器
    逆变器故障 | 风扇故障 | 电容老化 | 过温降额 | 散热设计
    通信中断 | 数据采集器 | 集控中心 | 监控平台
    弃光 | 光储一体 | 光功率预测 | 电网消纳 | 储能配置
    光功率预测 | 辐照度 | 数值天气预报 | 卫星云图 | 超短期预测
    积雪 | 除雪 | 雪载 | 组件倾角
    鸟粪 | 热斑 | 驱鸟 | 组件清洗
    清洗用水 | 清洗周期 | 清洗频次 | 无水清扫 | 积灰监测
    屋顶承重 | 彩钢瓦 | 轻质组件 | 柔性组件 | 屋面渗漏 | 彩钢瓦夹具
    台风 | 抗风 | 风洞试验 | 支架强度 | 螺栓松动
    支架锈蚀 | 热镀锌 | 锌铝镁 | 防腐涂层 | 盐雾腐蚀
    电压抬升 | 电压越限 | 分布式光伏 | 逆变器无功 | 无功补偿
    退役组件 | 组件拆解 | 热解分离 | 玻璃回收 | 银回收 | 硅回收 | eva去除
  `),
};
