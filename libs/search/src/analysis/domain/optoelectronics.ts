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
    光引发剂 | photoinitiator | 光敏剂
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
  `),
  related: groups(`
    激光雷达 | 点云 | 自动驾驶 | 车载感知 | 测距
    分布式光纤测温 | 电缆测温 | 温度监测 | 电缆接头 | 在线测温
    分布式振动传感 | 入侵识别 | 管道安全 | 周界安防 | 防外破 | 误报
    botda | 应变监测 | 沉降监测 | 结构健康监测
    巨量转移 | micro-led | 转移良率 | 激光剥离 | 巨量检测
    紫外固化 | 光引发剂 | uv涂料 | 汞灯替代
  `),
};
