import { type DomainVocabulary, groups, words } from './vocabulary';

/** High-end equipment: machine tools, robots, drives and transmissions, hydraulics, lithium and process equipment. */
export const HIGH_END_EQUIPMENT: DomainVocabulary = {
  industry: 'HIGH_END_EQUIPMENT',
  terms: [
    ...words(`
    高端装备 智能装备 工业母机 数控机床 机床 加工中心 五轴机床 五轴加工中心 五轴联动 车铣复合 数控系统 开放式数控
    主轴 电主轴 转台 摆头 导轨 滚珠丝杠 直线电机 力矩电机 伺服电机 伺服驱动 伺服控制 伺服系统 运动控制 插补
    热误差 热变形 几何误差 误差辨识 误差补偿 热误差补偿 精度补偿 空间误差 在机测量 测头 三坐标测量 激光干涉仪
    球杆仪 激光跟踪仪 定位精度 重复定位精度 加工精度 尺寸漂移 精度保持性 颤振 切削颤振 刀具磨损 刀具寿命
    刀具监测 切削力 切削参数 工艺参数优化 工业机器人 协作机器人 移动机器人 复合机器人 并联机器人 scara
    机械臂 机器人关节 关节模组 末端执行器 夹爪 柔性夹爪 机器人抓取 无序抓取 无序分拣 位姿估计 手眼标定 视觉引导
    视觉定位 视觉伺服 结构光 3d视觉 双目视觉 机器人上下料 上下料 自动上料 码垛 拆垛 焊接机器人 喷涂机器人
    打磨机器人 去毛刺 打磨抛光 减速器 rv减速器 谐波减速器 行星减速器 摆线轮 齿廓修形 传动误差 回差 扭转刚度
    寿命试验 加速寿命试验 轴承 精密轴承 齿轮 齿轮箱 液压 液压系统 电液伺服阀 比例阀 伺服阀 液压缸 气动 气缸
    音圈电机 高频响 激光加工 激光切割 激光焊接 激光熔覆 增材制造 金属增材制造 选区激光熔化 电弧增材 3d打印
    涂布机 涂布 挤压涂布 张力控制 纠偏 面密度 走带 跑偏 断带 收放卷 换卷 卷绕机 叠片机 模切机 分切机 辊压机
    注塑机 压铸机 冲压机 折弯机 锻压设备 数字孪生 虚拟调试 预测性维护 故障诊断 振动监测 状态监测 设备健康管理
    plc 工业控制器 自抗扰控制 模型预测控制 pid控制 智能产线 柔性产线 自动化产线 非标自动化 工业视觉
    `),
    // Lab techniques named in achievements (kept whole; the groups below add their own members)
    ...words(`
    搅拌摩擦焊 电阻点焊 超声波焊接 异种金属焊接 激光冲击强化 喷丸强化 振动时效 熔池监测 焊缝成形 磁粉检测 渗透检测 涡流检测
    积屑瘤 微量润滑 切削液 刀具涂层 空气轴承 气浮导轨 纳米定位 原子层沉积 化学机械抛光 刻蚀机 晶圆传输机器人 静电卡盘
    `),
  ],
  synonyms: [
    ...groups(`
    数控机床 | cnc机床 | cnc | computer numerical control | cnc machine tool
    数控车床 | cnc车床 | cnc lathe
    机床 | 工作母机 | 工业母机 | machine tool
    加工中心 | machining center | 立式加工中心 | 卧式加工中心
    五轴机床 | 五轴加工中心 | 五轴联动 | 五轴 | 五轴数控 | five-axis | 5-axis | 5轴
    车铣复合 | turn-mill | mill-turn | 车铣复合加工中心
    数控系统 | cnc系统 | 数控装置 | cnc controller | nc system
    电主轴 | 主轴 | spindle | motorized spindle
    转台 | 数控转台 | 回转工作台 | rotary table
    滚珠丝杠 | ball screw | 丝杠
    直线电机 | linear motor
    伺服电机 | servo motor | 伺服马达
    伺服驱动 | 伺服驱动器 | servo drive | servo driver
    伺服控制 | servo control | 伺服系统
    运动控制 | motion control | 运动控制器 | motion controller
    热误差 | 热变形 | 热漂移 | thermal error | thermal deformation | 热位移
    热误差补偿 | 热补偿 | 热变形补偿 | thermal error compensation | thermal compensation
    几何误差 | geometric error | 几何精度
    误差补偿 | 精度补偿 | error compensation | 误差修正
    误差辨识 | 误差识别 | error identification
    在机测量 | 在线测量 | on-machine measurement | omm | on-machine probing
    测头 | 触发式测头 | probe | touch probe
    三坐标测量 | 三坐标测量机 | 三坐标 | cmm | coordinate measuring machine
    激光干涉仪 | laser interferometer
    激光跟踪仪 | laser tracker
    球杆仪 | ballbar | double ballbar
    rtcp | 刀尖点跟随 | 刀具中心点控制 | tcpc
    定位精度 | positioning accuracy
    重复定位精度 | repeatability | 重复精度
    尺寸漂移 | 尺寸波动 | 尺寸不稳定 | 尺寸不稳 | 精度漂移 | dimensional drift
    颤振 | 切削颤振 | chatter | 振刀
    刀具磨损 | tool wear | 刀具磨耗
    刀具监测 | 刀具状态监测 | tool condition monitoring
    工业机器人 | industrial robot | 机器人 | robot
    协作机器人 | cobot | collaborative robot | 协作臂
    移动机器人 | amr | autonomous mobile robot | 自主移动机器人
    agv | 自动导引车 | automated guided vehicle | 无人搬运车 | agv小车
    复合机器人 | 移动操作机器人 | mobile manipulator | agv复合机器人 | amr复合机器人
    机械臂 | robot arm | robotic arm | manipulator | 机械手
    末端执行器 | end effector | 末端工具 | eoat
    夹爪 | gripper | 手爪 | 电动夹爪
    无序抓取 | 无序分拣 | bin picking | random bin picking | 乱序抓取
    位姿估计 | 姿态估计 | 6d位姿估计 | pose estimation | 6d pose
    手眼标定 | hand-eye calibration | 手眼校准
    3d视觉 | 三维视觉 | 3d vision | 3d相机 | 三维相机
    结构光 | structured light | 结构光相机 | 面结构光
    双目视觉 | 双目相机 | stereo vision | binocular vision
    视觉引导 | 视觉定位 | vision guidance | 视觉导引 | 视觉伺服
    slam | 同步定位与建图 | 即时定位与地图构建 | simultaneous localization and mapping
    上下料 | 机器人上下料 | machine tending | loading and unloading | 自动上下料
    码垛 | 码垛机器人 | palletizing
    拆垛 | 拆垛机器人 | depalletizing
    去毛刺 | 去披锋 | deburring
    打磨抛光 | 打磨 | 抛光 | grinding and polishing | polishing
    rv减速器 | rv reducer | 摆线针轮减速器 | cycloidal reducer | 摆线减速器
    谐波减速器 | harmonic drive | harmonic reducer | strain wave gearing
    行星减速器 | planetary gearbox | planetary reducer
    减速器 | 减速机 | reducer | gearbox | speed reducer
    齿廓修形 | 齿形修形 | tooth profile modification
    传动误差 | transmission error | 传动精度
    回差 | 背隙 | 齿隙 | backlash
    扭转刚度 | torsional stiffness
    加速寿命试验 | alt | accelerated life test | 加速寿命测试
    电液伺服阀 | 伺服阀 | servo valve | electro-hydraulic servo valve
    比例阀 | proportional valve | 电液比例阀
    音圈电机 | vcm | voice coil motor
    增材制造 | 3d打印 | additive manufacturing | 3d printing | am
    选区激光熔化 | slm | selective laser melting | lpbf | 激光粉末床熔融
    激光熔覆 | laser cladding | 激光熔敷
    激光焊接 | laser welding | 激光焊
    激光切割 | laser cutting
    涂布机 | coater | 涂布设备 | coating machine
    张力控制 | tension control | 恒张力控制
    纠偏 | 纠偏控制 | 跑偏控制 | web guiding | edge position control | epc
    面密度 | 涂布面密度 | 涂布量 | areal density | coating weight
    卷绕机 | winding machine | 卷绕设备
    叠片机 | stacking machine | 叠片设备
    数字孪生 | digital twin | 孪生模型
    虚拟调试 | virtual commissioning
    预测性维护 | predictive maintenance | pdm | 预知维护 | 预测维护
    故障诊断 | fault diagnosis | 故障识别 | 故障检测
    状态监测 | condition monitoring | 状态监控
    设备健康管理 | phm | 故障预测与健康管理 | prognostics and health management
    plc | 可编程逻辑控制器 | programmable logic controller
    自抗扰控制 | adrc | active disturbance rejection control
    模型预测控制 | mpc | model predictive control
    pid控制 | pid | pid调节
    `),
    // Plant-floor names ↔ formal names (welding, inspection, machining, hydraulics, bearings, uptime)
    ...groups(`
    焊缝 | weld seam | weld bead | 焊道
    焊接裂纹 | 焊缝开裂 | 焊缝裂纹 | 焊接开裂 | weld crack | weld cracking
    残余应力 | 残留应力 | 内应力 | residual stress
    焊接变形 | 焊后变形 | welding distortion
    激光电弧复合焊接 | 激光电弧复合焊 | 激光mig复合焊 | laser-arc hybrid welding | hybrid laser arc welding
    虚焊 | 假焊 | 焊不牢
    超声检测 | 超声探伤 | 超声波探伤 | ultrasonic testing
    人工目检 | 目检 | 肉眼检查
    振纹 | 振刀纹 | chatter marks
    光洁度 | 表面粗糙度 | 表面光洁度 | surface roughness
    断刀 | 刀具折断 | 刀具破损 | tool breakage
    撞刀 | 撞机 | 机床碰撞 | machine crash
    精度衰退 | 精度下降 | 精度丧失 | 精度劣化 | accuracy degradation
    机床再制造 | 机床翻新 | 机床大修 | machine tool remanufacturing
    爬行 | 低速爬行 | 粘滑 | stick-slip
    暖机 | 开机预热 | 机床预热 | warm-up
    尺寸超差 | 超差 | 尺寸不合格 | out of tolerance
    多品种小批量 | 小批量多品种 | 多品种少批量 | high-mix low-volume
    漏油 | 渗油 | 渗漏油 | oil leakage
    油温高 | 油温过高 | 液压油发热 | 液压系统发热
    油液污染 | 油脏 | 液压油污染 | oil contamination
    轴承发热 | 轴承过热 | 轴承温度高 | bearing overheating
    轴承烧 | 烧轴承 | 抱轴 | 轴承咬死 | bearing seizure
    轴承异响 | 轴承噪声 | 轴承噪音 | bearing noise
    非计划停机 | 突然停机 | 机台宕机
    事后维修 | 故障后维修 | 坏了再修 | 被动维修 | corrective maintenance
    预防性维护 | 定期维护 | 定期保养 | 计划检修 | preventive maintenance
    振动超标 | 振动过大 | 振动大 | excessive vibration
    洁净室 | 无尘室 | 无尘车间 | 净化车间 | cleanroom
    `),
  ],
  related: [
    ...groups(`
    热误差 | 尺寸漂移 | 精度稳定性 | 温度测点 | 热变形补偿 | 早晚尺寸
    几何误差 | 五轴 | rtcp | 球杆仪 | 误差补偿
    无序抓取 | 3d视觉 | 位姿估计 | 上下料 | 料框
    涂布机 | 张力控制 | 纠偏 | 断带 | 跑偏 | 换卷接带 | 面密度
    rv减速器 | 机器人关节 | 传动误差 | 回差 | 扭转刚度
    agv | 复合机器人 | slam | 移动机器人 | 上下料
    预测性维护 | 振动监测 | 故障诊断 | 状态监测
    `),
    // Symptom or complaint ↔ the techniques and measures that address it
    ...groups(`
    焊缝 | 焊接 | 焊缝检测 | 焊缝跟踪 | 焊缝成形
    焊接裂纹 | 焊缝开裂 | 残余应力 | 焊前预热 | 焊后热处理 | 热输入 | 去应力退火 | 超声冲击
    开裂 | 残余应力 | 应力集中 | 疲劳裂纹 | 断口分析
    焊接变形 | 残余应力 | 反变形 | 焊接仿真 | 低热输入 | 激光焊接
    焊工 | 焊接机器人 | 焊缝跟踪 | 离线编程 | 免示教
    焊缝检测 | 超声检测 | 相控阵超声 | tofd | 射线检测
    人工目检 | 目检 | 机器视觉 | 外观检测 | 划痕 | 磕碰伤
    振纹 | 颤振 | 稳定性叶瓣图 | 阻尼刀杆 | 模态测试
    断刀 | 崩刃 | 刀具监测 | 主轴功率监测 | 切削力监测 | 声发射
    难加工材料 | 钛合金 | 高温合金 | 超声振动辅助加工 | 刀具涂层 | 微量润滑
    精度衰退 | 精度下降 | 精度保持性 | 导轨磨损 | 丝杠磨损 | 机床再制造 | 误差补偿
    暖机 | 热误差 | 热误差补偿 | 早晚尺寸 | 恒温车间
    尺寸超差 | 尺寸漂移 | 在机测量 | spc | cpk
    爬行 | 反向间隙 | 摩擦补偿 | 全闭环 | 光栅尺
    多品种小批量 | 示教 | 离线编程 | 拖动示教 | 快速换型 | 柔性产线
    打磨不均 | 恒力打磨 | 力控制 | 六维力传感器 | 阻抗控制 | 打磨机器人
    定位抖动 | 残余振动 | 输入整形 | 整定时间 | 跟随误差 | 伺服调参
    漏油 | 渗油 | 密封失效 | 密封件 | 内泄 | 泄漏检测
    油温高 | 伺服泵控 | 负载敏感 | 液压节能 | 溢流损失
    油液污染 | 油脏 | 油液监测 | 清洁度等级 | 颗粒计数 | 卡阀 | 过滤精度
    轴承发热 | 抱轴 | 润滑不良 | 润滑脂 | 预紧力 | 油气润滑 | 轴承游隙
    轴承异响 | 轴承故障诊断 | 包络解调 | 频谱分析 | 故障特征频率
    轴承寿命 | 疲劳剥落 | 点蚀 | 滚动接触疲劳 | 轴承钢 | 渗碳淬火
    非计划停机 | 突然停机 | 预测性维护 | 故障预警 | 剩余寿命预测 | 备件管理
    振动超标 | 振动大 | 振动监测 | 转子不平衡 | 不对中 | 现场动平衡
    异响 | 设备声纹 | 声学故障诊断 | 声发射
    颗粒污染 | 颗粒超标 | 腔体清洗 | 洁净室 | 晶圆缺陷检测 | 静电卡盘
    `),
  ],
};
