import { PHOTOVOLTAIC_SHOP_FLOOR } from './photovoltaic-shop-floor';
import { type DomainVocabulary, groups, words } from './vocabulary';

/** Photovoltaics: silicon, wafers, cells, glass and encapsulation, modules, inverters, trackers, plants, O&M. */
export const PHOTOVOLTAIC: DomainVocabulary = {
  industry: 'PHOTOVOLTAIC',
  terms: [
    ...words(`
    光伏 光伏产业 光伏发电 光伏组件 光伏电池 光伏电池片 太阳能电池 太阳能电池片 电池片 晶硅电池 晶体硅 单晶硅 多晶硅
    硅料 硅片 硅棒 硅锭 拉晶 直拉单晶 单晶炉 铸锭 铸锭单晶 颗粒硅 改良西门子法 切片 金刚线 金刚线切片 细线化 薄片化
    出片率 线痕 切削液 制绒 绒面 扩散 硼扩散 磷扩散 刻蚀 湿法刻蚀 清洗制绒 钝化 背钝化 场钝化 化学钝化 钝化接触
    多晶硅钝化接触 隧穿氧化层 隧穿氧化 原位掺杂 本征非晶硅 掺杂非晶硅 选择性发射极 激光掺杂 激光开槽 局部铝背场
    铝背场 减反射膜 减反膜 氮化硅 氧化铝 氧化硅 叠层钝化膜 丝网印刷 栅线 主栅 细栅 多主栅 无主栅 银浆 低温银浆
    银包铜 铜电镀 电镀铜 烧结 激光辅助烧结 光注入 电注入 再生工艺 光衰 光致衰减 热致衰减 电势诱导衰减 首年衰减
    功率衰减 热斑 隐裂 微裂纹 碎片 裂片 暗片 黑片 断栅 虚焊 过焊 串焊 串焊机 层压 层压机 封装 封装胶膜 胶膜 背板
    光伏玻璃 超白玻璃 压延玻璃 浮法玻璃 镀膜玻璃 减反射镀膜 自清洁涂层 透光率 透过率 双玻组件 双面组件 双面率
    半片 半片组件 叠瓦 叠瓦组件 大尺寸组件 接线盒 旁路二极管 边框 组件边框 逆变器 光伏逆变器 组串式逆变器
    集中式逆变器 集散式逆变器 微型逆变器 微逆 功率优化器 最大功率点跟踪 多峰寻优 局部阴影 跟踪支架 固定支架
    光伏支架 平单轴 斜单轴 双轴跟踪 逆跟踪 天文算法 风致振动 扭转驰振 避风策略 汇流箱 箱式变电站 箱变 并网
    离网 并网逆变器 分布式光伏 集中式光伏 户用光伏 工商业光伏 光伏建筑一体化 建筑光伏 农光互补 渔光互补 林光互补
    牧光互补 光伏治沙 水面光伏 漂浮式光伏 光伏电站 地面电站 山地电站 电站运维 智能运维 组件清洗 清扫机器人
    无水清扫 积灰 灰尘遮挡 无人机巡检 红外热成像 电致发光 光致发光 夜间巡检 组件缺陷 缺陷检测 组串诊断
    故障诊断 异质结 异质结电池 钙钛矿 钙钛矿电池 钙钛矿叠层 叠层电池 叠层组件 晶硅叠层 背接触 背接触电池
    叉指式背接触 有机光伏 薄膜电池 薄膜太阳能 碲化镉 铜铟镓硒 非晶硅 透明导电氧化物 透明导电膜 空穴传输层
    电子传输层 自组装单分子层 转换效率 光电转换效率 量产效率 开路电压 短路电流 填充因子 少子寿命 方块电阻
    方阻 掺镓 n型电池 p型电池 n型硅片 p型硅片 组件功率 发电增益 发电量 度电成本 平准化度电成本 光储一体
    光伏储能 虚拟电厂 绿电 组件回收 退役组件 光伏组件回收 太阳能 太阳光电 光伏板 太阳能板 追日系统 切片工序
  `),
    ...PHOTOVOLTAIC_SHOP_FLOOR.terms,
  ],
  synonyms: [
    ...groups(`
    光伏 | 太阳能 | 太阳光电 | pv | photovoltaic | photovoltaics | solar
    光伏组件 | 太阳能组件 | 太阳能电池组件 | 光伏模组 | 太阳能模组 | 光伏板 | 太阳能板 | 太阳能电池板 | pv module | solar module | solar panel
    光伏电池 | 太阳能电池 | 太阳电池 | 光伏电池片 | 太阳能电池片 | 电池片 | solar cell | pv cell
    晶硅电池 | 晶体硅电池 | 晶硅太阳能电池 | crystalline silicon cell | c-si
    光伏发电 | 太阳能发电 | 光伏发电系统 | solar power | pv power
    光伏电站 | 太阳能电站 | 光伏发电站 | solar farm | solar plant | pv plant | pv power plant
    异质结 | 异质结电池 | hjt | shj | heterojunction | silicon heterojunction
    topcon | 隧穿氧化层钝化接触 | 隧穿氧化钝化接触 | tunnel oxide passivated contact
    perc | 钝化发射极背面接触 | 发射极钝化及背面接触 | passivated emitter and rear cell
    ibc | 叉指式背接触 | 交叉指式背接触 | interdigitated back contact
    背接触 | 背接触电池 | bc电池 | back contact | back-contact
    tbc | 隧穿氧化背接触 | topcon背接触
    hbc | 异质结背接触 | hjt背接触
    钙钛矿 | perovskite | 钙钛矿材料
    钙钛矿电池 | 钙钛矿太阳能电池 | perovskite solar cell | psc
    钙钛矿叠层 | 钙钛矿/晶硅叠层 | 钙钛矿晶硅叠层 | perovskite tandem | perovskite/silicon tandem
    叠层电池 | 串联电池 | tandem cell | tandem solar cell | 叠层太阳能电池
    隧穿氧化层 | 超薄氧化硅层 | tunnel oxide | 隧穿层
    多晶硅钝化接触 | poly钝化接触 | polysilicon passivating contact | poly-si contact
    钝化接触 | passivating contact | passivated contact | 载流子选择性接触 | carrier selective contact
    选择性发射极 | se | selective emitter
    激光掺杂 | laser doping | 激光硼掺杂
    局部铝背场 | 局部背场 | local bsf | lbsf
    铝背场 | al-bsf | bsf | 背场
    减反射膜 | 减反膜 | 增透膜 | 抗反射膜 | 减反射涂层 | ar膜 | arc | anti-reflection coating | antireflection coating | ar coating
    光伏玻璃 | 太阳能玻璃 | 光伏盖板玻璃 | 组件玻璃 | solar glass | pv glass
    超白玻璃 | 低铁玻璃 | 超白压延玻璃 | ultra-clear glass | low-iron glass | ultra white glass
    压延玻璃 | rolled glass | patterned glass
    透光率 | 透过率 | 透射率 | 光透过率 | transmittance
    隐裂 | 微裂纹 | 隐性裂纹 | micro-crack | microcrack | micro crack
    裂片 | 碎片 | 破片 | cell crack | broken cell
    电致发光 | el | electroluminescence | el成像 | el检测 | el测试
    光致发光 | pl | photoluminescence | pl成像 | pl检测
    热斑 | hot spot | hotspot | 热斑效应
    电势诱导衰减 | pid | potential induced degradation | pid衰减
    光衰 | 光致衰减 | lid | light induced degradation
    letid | 光热诱导衰减 | 高温光致衰减 | light and elevated temperature induced degradation
    功率衰减 | 功率衰退 | 功率损失 | power degradation
    最大功率点跟踪 | mppt | maximum power point tracking | 最大功率跟踪
    逆变器 | inverter | 光伏逆变器 | solar inverter | pv inverter
    组串式逆变器 | 组串逆变器 | string inverter
    集中式逆变器 | central inverter
    微型逆变器 | 微逆 | microinverter | micro inverter
    功率优化器 | 优化器 | power optimizer | dc optimizer
    跟踪支架 | 光伏跟踪器 | 跟踪系统 | 追日系统 | 太阳跟踪器 | solar tracker | tracker
    平单轴 | 水平单轴 | 平单轴跟踪 | horizontal single axis | hsat
    双轴跟踪 | dual axis tracker | 双轴跟踪器
    光伏支架 | 光伏支撑结构 | pv mounting | solar racking | mounting structure
    风致振动 | 风振 | 风致振动响应 | wind-induced vibration
    驰振 | galloping | 扭转驰振 | torsional galloping
    光伏建筑一体化 | bipv | 建筑光伏一体化 | building integrated photovoltaics
    建筑附加光伏 | bapv | building applied photovoltaics
    分布式光伏 | 分布式光伏发电 | 屋顶光伏 | distributed pv | rooftop pv | rooftop solar
    户用光伏 | 家庭光伏 | residential pv | residential solar
    渔光互补 | 渔光一体 | 渔业光伏 | fishery pv
    农光互补 | 农业光伏 | 农光一体 | agrivoltaics | agri-pv | agrivoltaic
    水面光伏 | 漂浮式光伏 | 漂浮光伏 | 水上光伏 | floating pv | floatovoltaics | floating solar
    清扫机器人 | 清洗机器人 | 光伏清扫机器人 | 组件清洗机器人 | cleaning robot | solar panel cleaning robot
    组件清洗 | 组件清扫 | 光伏清洗 | panel cleaning | module cleaning
    积灰 | 积尘 | 灰尘遮挡 | 污渍遮挡 | soiling | dust
    金刚线 | 金刚石线 | 金刚石切割线 | 金刚石线锯 | diamond wire
    金刚线切片 | 金刚线切割 | 多线切割 | diamond wire sawing | dws
    硅片 | 硅晶片 | 光伏硅片 | silicon wafer | wafer
    单晶硅 | 单晶 | monocrystalline silicon | mono-si | monocrystalline
    直拉单晶 | 直拉法 | 拉晶 | 单晶拉制 | cz | czochralski
    单晶炉 | 长晶炉 | 拉晶炉 | crystal puller
    多晶硅 | 多晶硅料 | polysilicon | poly-si | polycrystalline silicon
    颗粒硅 | 流化床颗粒硅 | granular silicon | fbr
    改良西门子法 | 西门子法 | siemens process
    封装胶膜 | 胶膜 | 封装膜 | encapsulant | encapsulation film
    eva | eva胶膜 | 乙烯-醋酸乙烯共聚物 | ethylene vinyl acetate
    poe | poe胶膜 | 聚烯烃弹性体 | polyolefin elastomer
    背板 | 光伏背板 | backsheet | back sheet
    双玻组件 | 双玻 | 双玻璃组件 | glass-glass module | dual glass module
    双面组件 | 双面发电组件 | 双面电池 | bifacial | bifacial module
    双面率 | 双面因子 | bifaciality | bifacial factor
    半片 | 半片组件 | 半片电池 | half-cut | half cell | half-cut cell
    叠瓦 | 叠瓦组件 | shingled | shingling | shingled module
    多主栅 | mbb | multi busbar | multi-busbar
    无主栅 | 0bb | zero busbar | busbarless
    主栅 | busbar | 主栅线
    细栅 | 副栅 | 细栅线 | finger
    银浆 | 导电银浆 | silver paste
    银包铜 | 银包铜浆料 | silver-coated copper
    铜电镀 | 电镀铜 | 铜栅线 | copper plating | cu plating
    丝网印刷 | 网版印刷 | screen printing | screen print
    串焊 | 串焊机 | 焊带焊接 | stringer | tabbing
    层压 | 层压工艺 | 层压机 | lamination | laminator
    接线盒 | junction box | j-box
    旁路二极管 | bypass diode
    转换效率 | 光电转换效率 | 电池效率 | conversion efficiency | pce | cell efficiency
    开路电压 | voc | open circuit voltage
    短路电流 | isc | short circuit current
    填充因子 | ff | fill factor
    少子寿命 | 少数载流子寿命 | minority carrier lifetime
    方阻 | 方块电阻 | sheet resistance
    iv曲线 | i-v曲线 | 伏安特性曲线 | 伏安曲线 | iv curve | i-v curve
    iv曲线扫描 | iv扫描 | 智能iv诊断 | iv curve scan | iv scan
    红外热成像 | 红外热像 | 热成像 | 红外成像 | infrared thermography | thermography | ir imaging
    无人机巡检 | 无人机巡视 | 无人机检测 | uav inspection | drone inspection
    汇流箱 | combiner box | 直流汇流箱
    并网 | 并网发电 | grid-connected | grid connection
    离网 | 离网发电 | off-grid
    透明导电氧化物 | tco | 透明导电膜 | transparent conductive oxide
    ito | 氧化铟锡 | indium tin oxide
    碲化镉 | cdte | cadmium telluride
    铜铟镓硒 | cigs | copper indium gallium selenide
    非晶硅 | a-si | amorphous silicon
    有机光伏 | opv | organic photovoltaics | 有机太阳能电池
    染料敏化电池 | dssc | 染料敏化太阳能电池 | dye-sensitized solar cell
    制绒 | 绒面制备 | texturing | 织构化
    硼扩散 | boron diffusion
    磷扩散 | phosphorus diffusion | pocl3扩散
    氧化铝 | al2o3 | alox | alumina
    氮化硅 | sinx | si3n4 | silicon nitride
    绕镀 | wrap-around | 绕镀清洗
    光储一体 | 光储 | 光伏储能 | 光储一体化 | pv plus storage | solar plus storage
    度电成本 | 平准化度电成本 | lcoe | levelized cost of electricity
    组件回收 | 光伏组件回收 | 退役组件回收 | pv recycling | module recycling
    薄片化 | 硅片减薄 | 硅片薄片化 | thin wafer
    光注入 | 光注入再生 | light soaking | illuminated regeneration
    电注入 | 电注入再生 | current injection
    组件表面 | 板面 | 光伏板面 | 面板表面 | module surface
    光伏场站 | 场站 | 光伏电场 | 发电场站
    发电量损失 | 发电损失 | 电量损失 | 发电量下降 | yield loss
  `),
    ...PHOTOVOLTAIC_SHOP_FLOOR.synonyms,
  ],
  related: [
    ...groups(`
    隐裂 | 裂片 | 碎片 | 暗片 | 黑片 | 断栅 | 电致发光 | el检测 | 光致发光 | 缺陷检测
    热斑 | 红外热成像 | 遮挡 | 旁路二极管
    积灰 | 组件清洗 | 清扫机器人 | 无水清扫 | 发电损失
    光衰 | letid | lid | 功率衰减 | 首年衰减 | 光注入 | 电注入 | 再生工艺
    钝化 | 钝化接触 | 背钝化 | 场钝化 | 化学钝化 | 少子寿命
    跟踪支架 | 风致振动 | 驰振 | 抗风 | 避风 | 大风保护
    减反射膜 | 透光率 | 镀膜玻璃 | 减反射镀膜 | 自清洁涂层
    逆变器 | mppt | 组串诊断 | iv曲线扫描 | 局部阴影
    金刚线 | 切片工序 | 硅片切割 | 断线 | 线痕 | 出片率 | 细线化
    topcon | perc | 异质结 | 背接触 | n型电池 | 电池效率
    光伏玻璃 | 石英砂 | 超白玻璃 | 低铁
  `),
    ...PHOTOVOLTAIC_SHOP_FLOOR.related,
  ],
};
