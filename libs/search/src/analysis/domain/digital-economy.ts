import { type DomainVocabulary, groups, words } from './vocabulary';

/** Digital economy: industrial internet, AI and vision, data platforms, energy and carbon management, security. */
export const DIGITAL_ECONOMY: DomainVocabulary = {
  industry: 'DIGITAL_ECONOMY',
  terms: words(`
    数字经济 数字化 数字化转型 智能制造 智能工厂 数字化车间 灯塔工厂 工业互联网 工业互联网平台 标识解析
    二级节点 一物一码 产品追溯 质量追溯 全生命周期 边缘计算 边缘网关 边缘盒子 云计算 云平台 私有云 混合云
    私有化部署 物联网 工业物联网 数据采集 协议转换 设备联网 数据中台 数据治理 数据湖 数据仓库 大数据 人工智能
    机器学习 深度学习 强化学习 迁移学习 小样本学习 无监督学习 自监督学习 联邦学习 图神经网络 卷积神经网络
    大模型 大语言模型 多模态大模型 行业大模型 检索增强生成 知识图谱 知识库 智能问答 智能客服 自然语言处理
    计算机视觉 机器视觉 工业视觉 视觉检测 缺陷检测 表面缺陷检测 外观缺陷 外观检测 ai质检 异常检测 目标检测
    图像分割 图像增强 扩散模型 模型量化 模型压缩 知识蒸馏 国产npu 国产化 信创 算力 智算中心 数字孪生 仿真
    生产执行系统 企业资源计划 产品生命周期管理 仓储管理系统 高级计划排程 数据采集与监视控制 低代码 低代码平台
    机器人流程自动化 软件即服务 能耗管理 能耗监测 能源管理 能源管控 碳足迹 碳核算 碳排放 碳管理 碳中和 碳达峰
    碳边境调节机制 合同能源管理 节能优化 群控优化 空压站 冷站 负荷预测 时序预测 需求预测 排产优化 调度优化
    供应链 供应链协同 区块链 隐私计算 数据安全 网络安全 工控安全 等级保护 零信任 智慧城市 智慧园区 智慧物流
    智慧能源 智慧交通 城市大脑 数字政府 元宇宙 数字人 推荐系统 用户画像 电子商务 跨境电商 工艺知识 工艺推荐
    计算机辅助工艺规划 离散制造 流程制造 设备运维 设备管理 点检 维修知识
  `),
  synonyms: groups(`
    数字化转型 | 数字化升级 | 智改数转 | digital transformation
    智能制造 | 智慧制造 | 智慧製造 | smart manufacturing | intelligent manufacturing | 工业4.0 | industry 4.0
    智能工厂 | 智慧工厂 | smart factory | 数字化工厂 | digital factory
    工业互联网 | 工业物联网 | iiot | industrial internet | industrial iot
    工业互联网平台 | 工业云平台 | industrial internet platform
    标识解析 | 工业互联网标识解析 | identifier resolution | 标识解析体系
    一物一码 | 赋码 | 唯一标识 | 产品赋码 | unique identifier
    产品追溯 | 质量追溯 | 追溯系统 | 溯源 | traceability | 全流程追溯
    边缘计算 | edge computing | 边缘智能 | edge ai | 边缘ai
    边缘网关 | 工业网关 | edge gateway | iot gateway | 物联网网关
    云计算 | cloud computing | 云服务 | 云平台
    私有化部署 | 本地部署 | on-premise | on-premises | 本地化部署
    物联网 | iot | internet of things | 物联
    数据采集 | data acquisition | daq | 数采
    协议转换 | protocol conversion | 协议适配 | opc ua | modbus
    大数据 | big data | 海量数据
    人工智能 | ai | artificial intelligence | 人工智慧 | 智能算法
    机器学习 | machine learning
    深度学习 | deep learning | 深度神经网络 | dnn
    强化学习 | reinforcement learning | rl
    迁移学习 | transfer learning
    小样本学习 | few-shot learning | few-shot | 少样本学习
    无监督学习 | unsupervised learning | 无监督
    自监督学习 | self-supervised learning
    联邦学习 | federated learning
    图神经网络 | gnn | graph neural network
    卷积神经网络 | cnn | convolutional neural network
    transformer | 注意力机制 | attention | vit | vision transformer
    大模型 | 大语言模型 | llm | large language model | 基础模型 | foundation model | 预训练大模型 | gpt
    多模态大模型 | mllm | multimodal model | 视觉语言模型 | vlm
    检索增强生成 | rag | retrieval augmented generation | retrieval-augmented generation
    知识图谱 | knowledge graph | 知识圖譜
    智能问答 | 问答系统 | question answering | qa系统 | 智能助手 | 智能客服 | chatbot
    自然语言处理 | nlp | natural language processing
    计算机视觉 | cv | computer vision
    机器视觉 | machine vision | 工业视觉 | 视觉检测 | vision inspection
    缺陷检测 | defect detection | 缺陷识别 | 瑕疵检测 | 瑕疵识别
    表面缺陷检测 | surface defect detection | 表面瑕疵检测 | 表面检测
    外观检测 | 外观缺陷检测 | visual inspection | 外观质检 | cosmetic inspection
    ai质检 | 智能质检 | ai检测 | 人工智能质检 | ai inspection | 自动质检
    异常检测 | anomaly detection | 离群检测 | outlier detection
    目标检测 | object detection | yolo
    图像分割 | image segmentation | 语义分割 | semantic segmentation | 实例分割
    图像增强 | image enhancement
    扩散模型 | diffusion model | 生成模型 | generative model | aigc
    模型量化 | quantization | 量化部署 | int8量化
    模型压缩 | model compression | 剪枝 | pruning
    知识蒸馏 | knowledge distillation | 蒸馏
    npu | 神经网络处理器 | neural processing unit | ai芯片 | ai加速芯片
    gpu | 图形处理器 | 显卡 | graphics processing unit
    mcu | 微控制器 | 单片机 | microcontroller
    fpga | 现场可编程门阵列 | field programmable gate array
    信创 | 国产化替代 | 自主可控 | 国产替代
    算力 | computing power | 智算 | 智算中心 | 算力中心
    数据中心 | idc | data center | 机房
    mes | 生产执行系统 | 制造执行系统 | manufacturing execution system
    erp | 企业资源计划 | enterprise resource planning
    plm | 产品生命周期管理 | product lifecycle management
    wms | 仓储管理系统 | warehouse management system | 仓库管理系统
    aps | 高级计划排程 | advanced planning and scheduling | 智能排产
    scada | 数据采集与监视控制 | supervisory control and data acquisition | 监控与数据采集
    dcs | 集散控制系统 | distributed control system
    低代码 | 低代码平台 | low-code | low code | 零代码 | no-code
    rpa | 机器人流程自动化 | robotic process automation
    saas | 软件即服务 | software as a service | 云软件
    能耗管理 | 能耗监测 | 能源管理 | 能源管控 | energy management | 能耗在线监测 | 能源监测
    碳足迹 | carbon footprint | 产品碳足迹 | pcf | product carbon footprint
    碳核算 | 碳排放核算 | carbon accounting | 碳盘查 | ghg核算 | 温室气体核算
    碳管理 | carbon management | 碳资产管理
    碳边境调节机制 | cbam | 碳关税 | carbon border adjustment mechanism | 欧盟碳关税
    碳中和 | carbon neutrality | net zero | 净零排放 | 双碳 | 碳达峰碳中和
    合同能源管理 | energy performance contracting | epc合同能源管理
    负荷预测 | load forecasting | 负荷预报
    时序预测 | 时间序列预测 | time series forecasting
    区块链 | blockchain | 分布式账本
    隐私计算 | privacy computing | 多方安全计算 | mpc安全计算 | 可信执行环境 | tee
    数据安全 | data security | 数据保护
    网络安全 | cybersecurity | cyber security | 信息安全 | 网安
    工控安全 | 工业控制系统安全 | ics security | industrial control security | ot安全
    等级保护 | 等保 | 等保2.0 | mlps
    零信任 | zero trust | zta
    智慧城市 | smart city | 城市大脑
    智慧园区 | smart park | 数字园区
    智慧物流 | smart logistics | 智能物流
    元宇宙 | metaverse
    数字人 | digital human | 虚拟人 | 虚拟数字人
    推荐系统 | recommender system | 推荐算法 | recommendation
    计算机辅助工艺规划 | capp | computer aided process planning | 工艺规划
    信息 | 资讯 | information
    软件 | 软体 | software
    程序 | 程式 | program
    网络 | 网路 | network
    数据 | data
  `),
  related: groups(`
    缺陷检测 | 机器视觉 | 深度学习 | ai质检 | 外观检测 | 漏检 | 误检
    知识图谱 | 大模型 | 智能问答 | 故障诊断 | 维修知识 | 经验传承 | 智能运维
    碳足迹 | 能耗管理 | 碳核算 | 出口认证 | cbam | 供应链碳数据
    标识解析 | 产品追溯 | 一物一码 | 质量追溯
    边缘计算 | 边缘网关 | 模型量化 | 轻量化部署
  `),
};
