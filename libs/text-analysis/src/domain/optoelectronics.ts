import { type DomainVocabulary, groups, words } from './vocabulary';

/** Optoelectronics: lasers, lidar, fibre sensing and communication, displays, LEDs, imaging, optics. */
export const OPTOELECTRONICS: DomainVocabulary = {
  industry: 'OPTOELECTRONICS',
  terms: words(`
    光电 光电信息 光电子 激光 激光器 光纤激光器 半导体激光器 固体激光器 超快激光 飞秒激光 皮秒激光 紫外激光
    激光雷达 车载激光雷达 固态激光雷达 机械旋转激光雷达 调频连续波 飞行时间 微振镜 光学相控阵 点云 点云感知
    点云分割 相干探测 光纤传感 分布式光纤 分布式光纤测温 分布式光纤传感 分布式声波传感 分布式振动传感 光纤光栅
    拉曼散射 布里渊散射 瑞利散射 光时域反射 布里渊光时域分析 相位敏感光时域反射 光纤振动 周界安防 管道安全
    入侵识别 光通信 光模块 光器件 硅光 硅光子 光芯片 光电芯片 光电探测器 雪崩光电二极管 单光子探测器 图像传感器
    红外探测器 红外热像仪 非制冷红外 紫外探测 led 紫外led 深紫外led 紫外固化 光固化 光引发剂 面光源 micro-led
    mini-led oled 量子点 显示面板 新型显示 直显 巨量转移 激光剥离 激光转移 弹性印章 转印 巨量检测 激光修复
    坏点 背光 光刻 光刻胶 光刻机 掩模 光学镀膜 滤光片 光学薄膜 透镜 镜头 光学设计 衍射光学 超表面 全息 光波导
    增强现实 虚拟现实 近眼显示 激光显示 激光投影 机器视觉光源 光谱 光谱仪 高光谱 拉曼光谱 太赫兹 光声成像
    光学相干断层扫描 结构光投射 光源模组 光学检测 干涉测量
    灯珠 led显示屏 显示模组 光致发光检测 多传感器融合 坏点检测 光斑不均 烧蚀发黑 玻璃切割 激光裂片 触头发热
    绕组热点 硬化膜 贴合气泡 固化能量 辐照度 成像亮度计 色度计 补盲激光雷达 雨雾干扰 视觉光源 同轴光 偏振成像
    温度标定 电气过热
  `),
  synonyms: groups(`
    激光 | laser | 雷射 | 镭射
    激光器 | laser source | 激光光源 | 雷射器
    光纤激光器 | fiber laser | fibre laser
    半导体激光器 | 激光二极管 | laser diode | ld | 半导体雷射
    超快激光 | ultrafast laser | 超短脉冲激光
    飞秒激光 | femtosecond laser | fs激光
    皮秒激光 | picosecond laser | ps激光
    激光雷达 | lidar | 光学雷达 | 光达 | laser radar | 雷射雷达 | 激光测距雷达
    车载激光雷达 | automotive lidar | 车规激光雷达
    固态激光雷达 | solid-state lidar | 纯固态激光雷达 | flash激光雷达 | flash lidar
    调频连续波 | fmcw | frequency modulated continuous wave | fmcw激光雷达 | fmcw lidar
    飞行时间 | tof | time of flight | dtof | itof
    微振镜 | mems微振镜 | mems振镜 | mems mirror | mems扫描镜
    mems | 微机电系统 | micro-electro-mechanical system | 微机电
    光学相控阵 | opa | optical phased array
    点云 | point cloud | 三维点云 | 3d点云
    相干探测 | coherent detection | 相干接收
    光纤传感 | 光纤传感器 | fiber optic sensing | optical fiber sensor | fiber sensing
    分布式光纤传感 | 分布式光纤 | distributed fiber sensing | distributed fiber optic sensing | dfos
    分布式光纤测温 | dts | distributed temperature sensing | 光纤测温 | 分布式测温
    分布式声波传感 | 分布式振动传感 | das | dvs | distributed acoustic sensing | distributed vibration sensing
    φ-otdr | 相位敏感光时域反射 | phase-sensitive otdr | phi-otdr | 相敏光时域反射
    otdr | 光时域反射 | 光时域反射仪 | optical time domain reflectometer
    botda | 布里渊光时域分析 | brillouin optical time domain analysis
    botdr | 布里渊光时域反射
    布里渊散射 | 布里渊 | brillouin | brillouin scattering
    拉曼散射 | 拉曼 | raman | raman scattering
    光纤光栅 | fbg | fiber bragg grating | 布拉格光栅
    周界安防 | 周界入侵 | perimeter security | 周界防范
    光通信 | optical communication | 光纤通信 | fiber communication
    光模块 | optical module | optical transceiver | 光收发模块
    硅光 | 硅光子 | 硅基光电子 | silicon photonics
    光芯片 | 光子芯片 | photonic chip | photonic integrated circuit | pic
    光电探测器 | photodetector | 光探测器
    雪崩光电二极管 | apd | avalanche photodiode
    单光子探测器 | spad | 单光子雪崩二极管 | single photon avalanche diode
    图像传感器 | image sensor | cmos图像传感器 | cis | cmos sensor
    红外探测器 | infrared detector | ir detector
    红外热像仪 | thermal camera | 红外热成像仪 | thermal imager | 热像仪
    非制冷红外 | uncooled infrared | 非制冷红外探测器 | 微测辐射热计 | microbolometer
    led | 发光二极管 | light emitting diode
    紫外led | uv-led | uvled | uv led | 紫外发光二极管
    深紫外led | duv-led | uvc-led | 深紫外 | uvc
    紫外固化 | uv固化 | 光固化 | uv curing | photocuring | uv-led固化
    光引发剂 | photoinitiator | 光聚合引发剂
    micro-led | microled | micro led | 微型led | 微led | 微发光二极管 | μled
    mini-led | miniled | mini led | 次毫米发光二极管
    oled | 有机发光二极管 | organic light emitting diode | amoled
    量子点 | quantum dot | qd | qled | 量子点显示
    显示面板 | 面板 | display panel | 显示屏
    巨量转移 | mass transfer | 大规模转移 | 批量转移
    激光剥离 | llo | laser lift-off | laser lift off
    激光转移 | 激光诱导前向转移 | lift | laser induced forward transfer
    弹性印章 | 转印印章 | elastomer stamp | pdms印章 | stamp transfer
    转印 | transfer printing | 微转印
    激光修复 | laser repair | 坏点修复
    光刻 | lithography | photolithography | 光刻工艺 | 微影
    光刻胶 | photoresist | 光阻
    光刻机 | lithography machine | 曝光机 | 光刻设备
    光学镀膜 | optical coating | 光学薄膜 | 光学膜
    滤光片 | optical filter | 滤波片
    光学设计 | optical design | 光路设计
    衍射光学 | doe | diffractive optics | 衍射光学元件
    超表面 | metasurface | 超构表面 | 超透镜 | metalens
    光波导 | waveguide | optical waveguide | 波导
    增强现实 | ar | augmented reality
    虚拟现实 | vr | virtual reality
    近眼显示 | near-eye display | ned
    激光投影 | laser projection | 激光显示 | laser display
    高光谱 | hyperspectral | 高光谱成像 | hyperspectral imaging
    拉曼光谱 | raman spectroscopy | 拉曼光谱仪
    太赫兹 | thz | terahertz
    光学相干断层扫描 | oct | optical coherence tomography
    坏点 | 坏像素 | dead pixel | defective pixel | 像素缺陷
    死灯 | 灯珠不亮 | 灯珠失效 | 不亮灯 | dead led
    mura | 云纹 | 亮度不均 | 亮度不均匀 | 显示不均 | display non-uniformity
    逐点校正 | demura | 亮色度校正 | 逐点亮度校正 | pixel-level calibration
    偏色 | 色偏 | color shift | colour cast
    分光分色 | led分选 | 分bin | binning | 波长分选
    固晶 | die bonding | die attach | 固晶工艺
    打线 | 焊线 | 引线键合 | wire bonding | 金线键合
    倒装芯片 | 倒装led | flip chip | 倒装焊
    cob | 板上芯片封装 | chip on board | cob封装
    共晶焊 | 共晶焊接 | 共晶键合 | eutectic bonding
    外延片 | epitaxial wafer | epi wafer | 外延晶片
    mocvd | 金属有机化学气相沉积 | metal organic chemical vapor deposition | movpe
    光效 | 发光效率 | luminous efficacy | 流明效率
    外量子效率 | eqe | external quantum efficiency
    led光衰 | 亮度衰减 | 光通衰减 | lumen depreciation
    荧光粉 | phosphor | led荧光粉
    眩光 | 刺眼 | glare | 炫光
    频闪 | 屏闪 | 闪屏 | flicker
    摩尔纹 | 水波纹 | moire
    光串扰 | 串色 | 像素串扰 | optical crosstalk
    全彩化 | 全彩显示 | full color | full-color
    量子点色转换 | 色转换层 | qd color conversion | 量子点色转换层
    拼缝 | 拼接缝 | 拼接缝隙 | tiling seam
    小间距led | 小间距显示屏 | 小间距屏 | fine pitch led
    点间距 | 像素间距 | pixel pitch
    局部调光 | 分区调光 | 区域调光 | 分区背光 | local dimming
    背光 | 背光源 | 背光模组 | backlight | backlight unit
    光晕 | 光晕效应 | halo | blooming
    漏光 | 漏光现象 | light leakage
    自动光学检测 | aoi | automated optical inspection | 光学自动检测
    驱动ic | 驱动芯片 | driver ic | 显示驱动芯片
    tft | 薄膜晶体管 | thin film transistor | tft背板
    低温多晶硅 | ltps | low temperature polysilicon | low temperature poly-silicon
    氧化物tft | igzo | 铟镓锌氧化物 | 氧化物半导体tft
    激光退火 | laser annealing | 准分子激光退火 | ela
    崩边 | 崩缺 | 边缘崩裂 | edge chipping
    隐形切割 | 隐切 | stealth dicing | 激光隐形切割 | 隐形划片
    热影响区 | haz | heat affected zone | heat-affected zone
    光束整形 | beam shaping | 光斑整形 | 匀光整形
    功率波动 | 功率不稳 | 输出功率波动 | power fluctuation
    激光清洗 | laser cleaning | 激光除锈 | 激光除漆
    激光打标 | laser marking | 镭雕 | 激光雕刻 | 镭射打标 | 激光刻码
    光纤断点 | 断纤 | 光缆中断 | fiber break | 光纤断裂
    插入损耗 | 插损 | insertion loss
    回波损耗 | 回损 | return loss
    光纤熔接 | fusion splicing | 光纤熔接机 | 熔接损耗
    荧光光纤测温 | 荧光光纤 | 荧光测温 | fluorescent fiber thermometry
    光纤陀螺 | 光纤陀螺仪 | fiber optic gyroscope | fiber optic gyro
    暗电流 | dark current
    响应度 | 光响应度 | responsivity
    低照度 | 微光 | 低光照 | low light | low-light | 弱光成像
    背照式 | backside illumination | 背照式传感器 | 背照式cmos
    近红外 | nir | near infrared | near-infrared | 近红外光
    短波红外 | swir | short-wave infrared | shortwave infrared
    中波红外 | mwir | mid-wave infrared
    长波红外 | lwir | long-wave infrared
    铟镓砷 | ingaas | 砷化镓铟 | 铟镓砷探测器
    测距盲区 | 近距盲区 | 近场盲区 | blind zone
    阳光干扰 | 太阳光干扰 | 背景光干扰 | ambient light interference
    防眩光 | 防眩 | anti-glare | ag膜 | ag玻璃 | ag涂层
    防雾 | 防雾涂层 | anti-fog | 防起雾
    起雾 | 结雾 | fogging | 雾气
    彩虹纹 | 虹彩纹 | 彩虹斑 | 虹斑 | rainbow mura
    偏光片 | 偏振片 | 偏光膜 | polarizer
    增亮膜 | 棱镜膜 | bef | brightness enhancement film
    扩散膜 | 光学扩散膜 | diffuser film
    雾度 | 雾度值 | haze
    光学胶 | oca | optical clear adhesive | 光学透明胶 | oca光学胶
    全贴合 | 全贴合工艺 | 光学贴合 | full lamination
    固化不完全 | 固化不良 | 欠固化 | 未完全固化 | 固化不彻底 | incomplete curing
    表面发粘 | 发粘 | 表干不良 | 表面粘手 | tacky surface
    氧阻聚 | 氧气阻聚 | 氧抑制 | oxygen inhibition
    汞灯 | 紫外汞灯 | 高压汞灯 | uv汞灯 | mercury lamp
    紫外杀菌 | 紫外消毒 | uv杀菌 | uvc消毒 | 紫外线消毒 | uv disinfection
    光固化3d打印 | 立体光刻 | 光固化打印 | stereolithography
    uv油墨 | uv固化油墨 | 紫外光固化油墨 | uv ink
    发射率 | 辐射率 | 比辐射率 | emissivity
    黑体 | 黑体辐射源 | 黑体炉 | blackbody
    红外测温 | 非接触测温 | 红外测温仪 | 测温枪 | infrared thermometry
    夜视 | 夜视仪 | 夜视系统 | night vision
    红外加热 | 红外烘干 | 红外干燥 | infrared heating
    红外气体成像 | 气体泄漏成像 | ogi | optical gas imaging
    泄漏检测与修复 | ldar | leak detection and repair
    可调谐二极管激光吸收光谱 | tdlas | tunable diode laser absorption spectroscopy | 激光气体分析
    近红外光谱 | nirs | nir光谱 | 近红外光谱分析 | near infrared spectroscopy
    表面增强拉曼 | sers | 表面增强拉曼光谱 | surface-enhanced raman | surface enhanced raman scattering
    视觉光源 | 机器视觉光源 | 工业光源 | 视觉照明 | vision lighting
    光度立体 | 光度立体视觉 | 光度立体成像 | photometric stereo
    共封装光学 | cpo | co-packaged optics | 光电共封装
    线性驱动可插拔光模块 | lpo | linear pluggable optics | 线性直驱光模块
  `),
  related: groups(`
    激光雷达 | 点云 | 自动驾驶 | 车载感知 | 测距
    分布式光纤测温 | 电缆测温 | 温度监测 | 电缆接头 | 在线测温
    分布式振动传感 | 入侵识别 | 管道安全 | 周界安防 | 防外破 | 误报
    botda | 应变监测 | 沉降监测 | 结构健康监测
    巨量转移 | micro-led | 转移良率 | 激光剥离 | 巨量检测
    紫外固化 | 光引发剂 | uv涂料 | 汞灯替代
    死灯 | 坏点 | 坏点检测 | 巨量检测 | 激光修复 | 光致发光检测 | 冗余设计
    不亮 | 暗点 | 坏点 | 死灯 | 坏点检测 | 激光修复
    常亮 | 亮点缺陷 | 坏点 | 驱动ic | 短路修复
    花屏 | 显示异常 | 驱动ic | 绑定不良
    mura | 逐点校正 | 色度计 | 成像亮度计
    偏色 | 分光分色 | 色坐标 | 波长均匀性 | 外延片
    led光衰 | 结温 | 荧光粉 | lm-80 | 散热设计
    眩光 | 配光 | 二次光学 | 统一眩光值 | ugr | 防眩光
    频闪 | pwm调光 | 恒流驱动 | 刷新率 | 驱动ic
    光串扰 | 像素隔离 | 黑矩阵 | 量子点色转换 | 全彩化
    拼缝 | 无缝拼接 | 窄边框 | 小间距led | 直显 | cob
    光晕 | 漏光 | 局部调光 | 分区数 | mini-led
    崩边 | 隐形切割 | 超快激光 | 玻璃切割 | 激光裂片
    热影响区 | 烧蚀发黑 | 碳化发黄 | 超快激光 | 飞秒激光 | 皮秒激光
    光斑不均 | 光束整形 | 衍射光学 | 平顶光束 | 匀光
    功率波动 | 激光器温控 | 光功率监测 | 稳功率控制 | 光纤激光器
    除锈 | 除漆 | 激光清洗 | 喷砂替代 | 酸洗替代
    激光打标 | 一物一码 | 二维码 | 产品追溯 | 喷码替代
    管道泄漏 | 泄漏定位 | 分布式声波传感 | 分布式光纤测温 | 负压波
    光纤断点 | otdr | 断点定位 | 插入损耗 | 光纤熔接
    开关柜测温 | 触头发热 | 荧光光纤测温 | 光纤光栅 | 无线测温
    绕组热点 | 荧光光纤测温 | 变压器测温 | 油浸式变压器
    低照度 | 单光子探测器 | 背照式 | 图像增强 | 夜视
    暗电流 | 噪声等效功率 | 探测率 | 响应度 | 制冷型探测器
    雨雾干扰 | 恶劣天气 | 1550nm | fmcw | 多回波 | 激光雷达
    阳光干扰 | 窄带滤光片 | 单光子探测器 | 背景光抑制 | 激光雷达
    测距盲区 | 补盲激光雷达 | 近场探测 | 多传感器融合
    反光 | 减反射膜 | 防眩光 | 偏光片
    起雾 | 防雾 | 亲水涂层 | 车灯
    划伤 | 耐刮擦 | 硬化膜 | 铅笔硬度 | 光学膜
    彩虹纹 | 偏光片 | 相位差膜 | 应力双折射 | 光学膜
    贴合气泡 | 全贴合 | 光学胶 | 真空贴合 | 脱泡
    表面发粘 | 氧阻聚 | 光引发剂 | 氮气保护 | 紫外led
    固化不完全 | 光引发剂 | 固化能量 | 辐照度 | 波长匹配 | 紫外led
    汞灯 | 汞公约 | 水俣公约 | 紫外led | 臭氧
    深紫外led | 紫外杀菌 | 水体消毒 | 表面消毒 | 空气消毒
    测温不准 | 发射率 | 黑体 | 红外测温 | 温度标定
    电气过热 | 红外热像仪 | 红外测温 | 热缺陷 | 带电检测
    烘干慢 | 红外加热 | 近红外干燥 | 干燥能耗 | 紫外固化
    气体泄漏 | 红外气体成像 | 泄漏检测与修复 | 可调谐二极管激光吸收光谱 | vocs
    成分快检 | 近红外光谱 | 在线成分分析 | 化学计量学 | 高光谱
    高反光 | 视觉光源 | 同轴光 | 偏振成像 | 光度立体 | 结构光
    光模块功耗 | 共封装光学 | 硅光 | 线性驱动可插拔光模块
  `),
};
