import { type DomainVocabulary, groups, words } from './vocabulary';

/** Auto parts: body and casting, chassis by-wire, e-drive and power electronics, harness, ADAS, testing. */
export const AUTO_PARTS: DomainVocabulary = {
  industry: 'AUTO_PARTS',
  terms: [
    ...words(`
    汽车零部件 汽车零配件 新能源汽车 电动汽车 智能网联汽车 整车厂 主机厂 一级供应商 车身 白车身 车身结构件
    一体化压铸 大型压铸 超大型压铸 压铸 高压压铸 真空压铸 高真空压铸 半固态压铸 压铸件 压铸模具 压铸机
    免热处理 免热处理铝合金 铝合金 镁合金压铸 热处理变形 校形 气孔 缩孔 冷隔 起泡 模温 模温控制 模流分析
    轻量化 热成形 热成形钢 高强钢 冲压件 焊装 涂装 总装 后地板 前机舱 电池包壳体 电池托盘 底盘 悬架 空气悬架
    减振器 副车架 转向 线控转向 电动助力转向 制动 线控制动 电子机械制动 电液制动 制动卡钳 制动盘 刹车片
    能量回收 制动能量回收 车身稳定 防抱死 电子驻车 驱动电机 扁线电机 油冷电机 电驱 电驱动系统 三合一电驱
    多合一电驱 电机控制器 减速箱 轮毂电机 轮边电机 电控 车载充电机 直流转换器 高压配电盒 功率模块 碳化硅模块
    igbt模块 热泵空调 热管理系统 电动压缩机 电子水泵 线束 高压线束 低压线束 连接器 高压连接器 端子 端子压接
    压接 压接质量 退针 导通测试 绝缘测试 线束检测 汽车电子 域控制器 中央计算平台 车载以太网 can总线 车联网
    智能座舱 抬头显示 自动驾驶 辅助驾驶 高级驾驶辅助 自动泊车 毫米波雷达 超声波雷达 车载摄像头 环视 融合感知
    功能安全 预期功能安全 硬件在环 软件在环 台架试验 道路试验 耐久试验 nvh 密封件 橡胶件 内饰件 座椅 车灯
    轮毂 轮胎 轴承单元 等速万向节 车规级 车规芯片 汽车芯片 ota升级 远程升级
    `),
    // Shop-floor defect names and lab remedies (casting, stamping, NVH, brakes, harness, ADAS)
    ...words(`
    冷隔 浇不足 欠铸 夹渣 排气槽 局部挤压 脱模剂 微量喷涂 回弹补偿 成形极限 拉裂 冲压开裂 电磁噪声 阶次分析 声学包
    传递路径分析 模态分析 摩擦材料 涂层制动盘 低粉尘刹车片 轴电流 绝缘轴承 发卡焊接 微动腐蚀 接触电阻 截面分析 压接高度
    杂波抑制 传感器清洗 加热除雾 下线标定 余热回收 ptc加热 低voc 透气阀 防雾涂层 银烧结 双面散热
    `),
  ],
  synonyms: [
    ...groups(`
    汽车零部件 | 汽车零配件 | 汽车配件 | 汽配 | auto parts | automotive parts | automotive components
    新能源汽车 | 电动汽车 | 新能源车 | nev | ev | electric vehicle | bev | 电动车
    混合动力 | 混动 | hev | phev | 插电混动 | hybrid
    智能网联汽车 | icv | 网联汽车 | connected vehicle
    主机厂 | 整车厂 | oem | 车企
    一级供应商 | tier1 | tier 1 | t1供应商
    一体化压铸 | 一体压铸 | 大型一体化压铸 | 超大型压铸 | giga casting | gigacasting | mega casting | integrated die casting
    压铸 | 压力铸造 | 高压压铸 | die casting | hpdc | high pressure die casting
    真空压铸 | 高真空压铸 | vacuum die casting
    半固态压铸 | 半固态成形 | semi-solid casting | rheocasting | 流变压铸
    压铸模具 | 压铸模 | die casting mold | die casting die
    免热处理 | 免热处理铝合金 | non-heat-treatable alloy | 非热处理合金
    车身结构件 | 车身件 | body structure | structural parts
    白车身 | biw | body in white
    轻量化 | 汽车轻量化 | lightweight | lightweighting
    热成形 | 热冲压 | hot stamping | press hardening | 热成型
    高强钢 | 超高强钢 | ahss | advanced high strength steel | uhss
    模流分析 | 模流仿真 | mold flow | moldflow | 充型仿真
    气孔 | 卷气 | 卷气孔 | gas porosity | porosity
    缩孔 | 缩松 | 缩孔缩松 | shrinkage porosity | shrinkage cavity
    校形 | 校直 | 矫直 | straightening
    线控制动 | brake-by-wire | bbw | 线控刹车
    电子机械制动 | emb | electro-mechanical brake | electromechanical brake
    电液制动 | ehb | electro-hydraulic brake | 电子液压制动
    one-box | onebox | 集成式制动 | ibs | integrated brake system | 一体式制动
    two-box | twobox | 分体式制动
    线控转向 | sbw | steer-by-wire
    电动助力转向 | eps | electric power steering
    防抱死 | abs | anti-lock braking system | 防抱死制动
    车身稳定 | esc | esp | 电子稳定控制 | electronic stability control
    电子驻车 | epb | electronic parking brake
    能量回收 | 制动能量回收 | regenerative braking | 再生制动
    驱动电机 | 电驱电机 | traction motor | e-motor | 驱动马达
    扁线电机 | hairpin motor | hairpin | 扁铜线电机
    电驱动系统 | 电驱 | 电驱系统 | e-drive | edrive | electric drive unit | edu
    三合一电驱 | 多合一电驱 | 电驱总成 | e-axle | eaxle | 电驱桥
    电机控制器 | motor controller | 逆变器总成 | 电控
    轮毂电机 | in-wheel motor | hub motor
    车载充电机 | obc | on-board charger
    直流转换器 | dc-dc | dcdc | dc/dc | 直流变换器
    功率模块 | power module | 功率半导体模块
    碳化硅器件 | 碳化硅功率器件 | sic器件 | sic mosfet
    igbt | 绝缘栅双极型晶体管 | insulated gate bipolar transistor
    热泵空调 | 热泵 | heat pump | 热泵系统
    热管理系统 | 整车热管理 | thermal management system | tms
    线束 | 汽车线束 | wire harness | wiring harness | cable harness
    高压线束 | hv harness | high voltage harness
    连接器 | 接插件 | connector | 插接器
    端子 | terminal | 接线端子
    端子压接 | 压接 | crimping | terminal crimping
    压接质量 | 压接质量监测 | crimp quality | cfm | crimp force monitoring | 压接力监测
    退针 | 端子退针 | 插针不到位 | pin push back | back-out
    导通测试 | 通断测试 | continuity test | 导通检测
    绝缘测试 | 耐压测试 | insulation test | hipot | 绝缘耐压
    域控制器 | dcu | domain controller | 域控
    can总线 | can | can bus | controller area network | canfd
    车载以太网 | automotive ethernet
    车联网 | v2x | 车路协同 | vehicle to everything | c-v2x | iov
    智能座舱 | smart cockpit | 座舱域 | 智能驾驶舱
    抬头显示 | hud | head-up display | ar-hud
    自动驾驶 | 无人驾驶 | autonomous driving | self-driving | 智能驾驶 | 智驾
    高级驾驶辅助 | adas | 辅助驾驶 | advanced driver assistance | 驾驶辅助
    自动泊车 | apa | automated parking | 代客泊车 | avp
    毫米波雷达 | millimeter wave radar | mmwave radar | 4d毫米波雷达 | 4d radar
    超声波雷达 | uss | ultrasonic sensor | 倒车雷达
    车载摄像头 | automotive camera | 车载相机
    融合感知 | 多传感器融合 | sensor fusion | 感知融合
    功能安全 | iso 26262 | iso26262 | functional safety | asil
    预期功能安全 | sotif | iso 21448 | iso21448
    硬件在环 | hil | hardware-in-the-loop | hardware in the loop | hil测试
    软件在环 | sil | software-in-the-loop
    模型在环 | mil | model-in-the-loop
    nvh | 噪声振动 | 噪声振动与声振粗糙度 | noise vibration harshness
    ota升级 | ota | 远程升级 | over-the-air | 空中升级
    车规级 | aec-q100 | aec-q | 车规 | automotive grade
    电池托盘 | 电池包壳体 | 电池壳体 | battery tray | battery enclosure
    空气悬架 | 空气弹簧 | air suspension
    `),
    // Plant-floor names ↔ formal names
    ...groups(`
    砂眼 | 砂孔 | sand hole
    粘模 | 粘铝 | die soldering
    模具龟裂 | 热龟裂 | 热疲劳裂纹 | heat checking
    毛刺 | 飞边 | 披锋 | 批锋 | burr | flash
    浸渗 | 真空浸渗 | 含浸 | impregnation
    随形水路 | 随形冷却 | 随形冷却水道 | conformal cooling
    回弹 | 回弹变形 | springback
    刹车片 | 制动片 | 刹车皮 | brake pad
    制动盘 | 刹车盘 | brake disc | brake rotor
    刹车尖叫 | 制动尖叫 | 刹车异响 | brake squeal
    热衰退 | 制动热衰退 | 刹车热衰减 | brake fade
    刹车粉尘 | 制动粉尘 | 制动磨损颗粒 | brake dust
    电机啸叫 | 电磁啸叫 | 电机高频噪声 | motor whine
    接触不良 | 虚接 | 接触不稳 | poor contact
    幽灵刹车 | 误制动 | 误刹车 | phantom braking
    `),
  ],
  related: [
    ...groups(`
    一体化压铸 | 免热处理 | 高真空压铸 | 压铸模具 | 热处理变形 | 车身结构件
    压铸件 | 工业ct | 气孔 | 无损检测 | x射线检测
    线控制动 | emb | ehb | one-box | 冗余控制 | 功能安全
    线束 | 端子压接 | 退针 | 导通测试 | 绝缘测试 | 下线检测 | 连接器
    `),
    // Symptom or complaint ↔ the techniques and measures that address it
    ...groups(`
    砂眼 | 气孔 | 缩孔 | 夹渣 | 铸造缺陷 | x射线检测 | 工业ct
    气孔 | 卷气 | 高真空压铸 | 排气槽 | 模流分析
    模具龟裂 | 热龟裂 | 压铸模具 | 模具寿命 | 模具钢 | 渗氮 | pvd涂层 | 模温控制
    粘模 | 粘铝 | 脱模剂 | 微量喷涂 | 模具涂层 | 模温控制
    铸件渗漏 | 缩松 | 气密性检测 | 浸渗 | 氦检漏
    随形水路 | 压铸模具 | 金属增材制造 | 模温控制 | 热节
    回弹 | 回弹补偿 | 成形仿真 | 高强钢 | 尺寸超差
    冲压开裂 | 拉裂 | 成形极限 | 成形仿真 | 高强钢
    减重 | 轻量化 | 铝代钢 | 以塑代钢 | 拓扑优化 | 碳纤维复合材料 | 热成形
    刹车尖叫 | 刹车异响 | 制动nvh | 摩擦材料 | 消音片 | 复特征值分析
    刹车粉尘 | 欧7 | 涂层制动盘 | 激光熔覆 | 低粉尘刹车片 | 碳陶制动盘
    电机啸叫 | 齿轮啸叫 | 阶次分析 | 齿廓修形 | 转矩脉动 | 斜极
    路噪 | 风噪 | 胎噪 | 声学包 | 吸音材料 | 主动降噪
    轴承电蚀 | 轴电流 | 绝缘轴承 | 陶瓷球轴承 | 接地环 | 共模电压
    接触不良 | 虚接 | 端子压接 | 接触电阻 | 插拔力 | 微动腐蚀 | 镀层
    幽灵刹车 | 毫米波雷达 | 误报 | 融合感知 | 杂波抑制 | 目标识别
    镜头脏污 | 车载摄像头 | 传感器清洗 | 加热除雾 | 疏水镀膜
    冬季续航 | 低温续航 | 热泵空调 | 余热回收 | ptc加热 | 电池预热
    车内异味 | 车内气味 | 新车味 | 低voc | 低气味材料 | 气味评价
    车灯起雾 | 大灯起雾 | 防雾涂层 | 透气阀 | 车灯密封
    功率模块 | 双面散热 | 银烧结 | 覆铜陶瓷基板 | 碳化硅模块
    碳化硅器件 | 碳化硅 | 碳化硅模块 | 800v高压平台
    `),
  ],
};
