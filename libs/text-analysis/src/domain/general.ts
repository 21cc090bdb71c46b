import { GENERAL_SHOP_FLOOR } from './general-shop-floor';
import { type DomainVocabulary, groups, words } from './vocabulary';

/**
 * Cross-industry engineering vocabulary: testing, quality, monitoring, process, transfer; Taiwan/HK wording; and the
 * shop-floor words people use for common symptoms (落灰, 下沉, 误报, 招工难), which listings write more formally.
 */
export const GENERAL: DomainVocabulary = {
  industry: null,
  terms: [
    ...words(`
    在线检测 在线监测 无损检测 工业ct x射线检测 视觉检测 缺陷识别 质量检测 质量控制 良率 良品率 合格率 可靠性
    失效分析 失效机理 加速老化 老化试验 寿命预测 寿命评估 寿命试验 可靠性测试 环境试验 耐候性 耐腐蚀 防腐 腐蚀
    温度监测 在线测温 测温 温升 过热 发热 预警 早期预警 告警 故障预警 振动监测 振动抑制 减振 沉降监测
    结构健康监测 应变监测 位移监测 状态评估 中试 中试线 小批量试产 量产 规模化生产 产业化 技术转让 技术许可
    技术服务 联合开发 作价入股 节能降耗 降本增效 成本控制 提质增效 工艺优化 工艺参数 参数优化 工艺包 工艺路线
    装备 设备 产线 生产线 智能产线 自动化 自动化改造 产线改造 设备利旧 技术改造 国产化 进口替代 关键技术
    核心部件 关键零部件 传感器 智能传感器 控制器 执行器 算法 控制算法 优化算法 智能算法 仿真 建模 标定 校准
    测量 量测 精密测量 定位 识别 检测装备 检测平台 测试台架 试验台 芯片 集成电路 半导体 电缆 电缆接头 电缆终端
    无人机 巡检 智能巡检 机器人巡检 运维 运行维护 远程运维 镀膜 涂层 薄膜 焊接 铸造 锻造 机械加工 机加工
    表面处理 热处理 粉末 浆料 配方 催化 提纯 分离 回收 再生 循环利用 绿色制造 清洁生产 低碳 节能 减排
  `),
    ...GENERAL_SHOP_FLOOR.terms,
  ],
  synonyms: [
    ...groups(`
    在线检测 | 在线监测 | 实时监测 | online inspection | inline inspection | online monitoring | 在线监控
    无损检测 | 无损探伤 | ndt | non-destructive testing | nondestructive testing | ndi
    工业ct | 工业计算机断层扫描 | industrial ct | x射线ct | 工业x射线ct
    x射线检测 | x光检测 | 射线检测 | x-ray inspection | x-ray
    良率 | 良品率 | 成品率 | 合格率 | 直通率 | yield | yield rate
    可靠性 | reliability | 可靠度
    失效分析 | failure analysis | 故障分析
    加速老化 | 加速老化试验 | accelerated aging | 老化试验 | 加速试验
    寿命预测 | 寿命评估 | 剩余寿命预测 | life prediction | lifetime prediction
    质量控制 | 质控 | 品控 | 质量管控 | quality control | qc
    质量检测 | 质检 | 品质检测 | quality inspection
    耐候性 | 耐候 | 户外耐久性 | weatherability | weather resistance | 耐老化
    腐蚀 | 锈蚀 | corrosion
    温度监测 | 温度测量 | 测温 | temperature monitoring | temperature measurement
    过热 | 发热 | 温升 | overheating | 过温 | 异常发热
    预警 | 告警 | 报警 | early warning | alarm | warning
    振动监测 | vibration monitoring | 振动检测 | 振动分析
    减振 | 振动抑制 | 抑振 | vibration suppression | vibration damping | 阻尼减振
    沉降监测 | 沉降 | settlement monitoring | 地面沉降
    结构健康监测 | shm | structural health monitoring | 结构监测
    应变监测 | strain monitoring | 应变测量
    中试 | 中试线 | 中试验证 | pilot | pilot line | pilot scale | 小批量试产
    量产 | 规模化生产 | 批量生产 | mass production | 大规模生产
    产业化 | 成果转化 | commercialization | 产业转化 | 技术转化
    技术转让 | 专利转让 | technology transfer | 成果转让
    技术许可 | 专利许可 | licensing | license | 授权使用
    联合开发 | 合作研发 | 联合研发 | joint development | co-development
    作价入股 | 技术入股 | equity | 股权合作
    技术服务 | 技术咨询 | technical service
    降本增效 | 降本 | 成本降低 | cost reduction | 降成本
    节能降耗 | 节能 | 节能减排 | energy saving | energy conservation | 降耗
    工艺优化 | 工艺改进 | process optimization | 参数优化
    产线改造 | 技术改造 | 技改 | 产线升级 | retrofit | 升级改造
    国产化 | 进口替代 | 国产替代 | localization | 自主化
    传感器 | sensor | 感测器 | 传感元件
    控制器 | controller | 控制单元
    执行器 | actuator | 执行机构
    算法 | algorithm | 演算法
    仿真 | 模拟仿真 | simulation | 数值模拟
    有限元分析 | 有限元 | fea | finite element analysis
    建模 | modeling | modelling | 模型构建
    标定 | 校准 | calibration | 校正
    测量 | 量测 | measurement | metrology | 计量
    定位 | positioning | localization
    识别 | 辨识 | recognition | identification
    芯片 | 晶片 | chip | 集成电路 | ic | integrated circuit
    半导体 | semiconductor | 半導體
    电缆 | 线缆 | cable
    电缆接头 | 电缆中间头 | 中间接头 | 电缆终端 | cable joint | cable splice | cable termination
    无人机 | uav | drone | 无人飞行器 | 无人驾驶飞机 | 无人飞机
    巡检 | 巡视 | inspection | 巡查 | 智能巡检
    运维 | 运行维护 | 维护 | o&m | operation and maintenance | 运营维护
    镀膜 | 涂层 | 膜层 | coating | 涂覆 | 镀层
    薄膜 | thin film | 膜材
    焊接 | welding | 焊
    铸造 | casting | 铸件
    锻造 | forging | 锻件
    机械加工 | 机加工 | machining | 精密加工
    热处理 | heat treatment
    表面处理 | surface treatment | 表面改性 | surface modification
    提纯 | 纯化 | purification | 精制
    回收 | 回收利用 | 循环利用 | recycling | 再生利用
    绿色制造 | 清洁生产 | green manufacturing | 绿色工厂
    低碳 | low carbon | 减碳 | 降碳
    智能 | 智慧 | smart | intelligent
    图像 | 影像 | image | 图片
    电磁兼容 | emc | electromagnetic compatibility
    清洗 | 清扫 | 清洁 | 擦洗 | 保洁 | cleaning
    积灰 | 落灰 | 积尘 | 灰尘 | 脏污 | 污渍
    沉降 | 下沉 | 地基下沉 | 地面下沉 | 沉陷 | subsidence
    巡检 | 巡线 | 巡视 | 巡查
    误报 | 虚警 | 误报警 | 误告警 | false alarm
    漏检 | 漏判 | 检不出 | 漏报 | missed detection
    变形 | 翘曲 | 扭曲变形 | 形变 | warpage | distortion
    开裂 | 裂纹 | 龟裂 | 裂缝 | crack
    振动 | 抖动 | 晃动 | 震动 | vibration
    噪声 | 噪音 | 异响 | noise
    磨损 | 磨耗 | 易损 | wear
    生产节拍 | 节拍 | 节拍时间 | cycle time | takt time
    不良率 | 废品率 | 报废率 | 次品率 | defect rate | scrap rate
    能耗 | 耗电 | 用电量 | 电耗 | energy consumption
    机器换人 | 自动化替代人工 | 少人化 | 无人化
    招工难 | 用工难 | 缺工 | 人工成本高 | labor shortage
    料框 | 料箱 | 周转箱 | 铁框 | bin | tote
    搬运 | 转运 | 物料搬运 | 人工搬运 | material handling
    高反光 | 反光 | 发亮 | 镜面反光 | reflective | specular
    冒烟 | 起火 | 着火 | 火灾 | fire
    鼓胀 | 鼓包 | 胀气 | swelling
    跑偏 | 偏移 | 走偏 | misalignment
    气泡 | 起泡 | 鼓泡 | blister
    经验传承 | 知识沉淀 | 老师傅经验 | 知识传承
    人工统计 | 手工记录 | 纸质记录 | 人工记录 | manual records
  `),
    ...GENERAL_SHOP_FLOOR.synonyms,
  ],
  related: [
    ...groups(`
    漏检 | 误检 | 检出率 | 准确率 | 自动判图
    在线测温 | 温度监测 | 过热 | 发热 | 烧毁
    招工难 | 机器换人 | 自动化改造 | 自动上料 | 机器人
    乱堆 | 无序堆放 | 散乱堆放 | 无序抓取 | 料框
    人工统计 | 数据采集 | 数字化 | 在线监测
    误报 | 事件识别 | 模式识别 | 智能识别
    仿真 | 有限元分析 | 数值模拟
  `),
    ...GENERAL_SHOP_FLOOR.related,
  ],
};
