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
    报表自动化 自动采集 非侵入式采集 加装传感器 接口打通 主数据管理 停机分析 产能瓶颈 质量大数据 多品种小批量
    齐套率 库存周转 安全库存 视觉疲劳 缺陷生成 字符缺陷 压缩空气泄漏 高效机房 供应链碳数据 温度记录仪 主机加固
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
    协议转换 | protocol conversion | 协议适配 | 协议解析
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
    transformer | transformer模型 | 注意力机制 | attention mechanism
    vit | vision transformer | 视觉transformer
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
    知识蒸馏 | knowledge distillation | 模型蒸馏
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
    人工填报 | 手工填报 | 人工填写 | 手工填写 | 人工录入 | 手工录入 | manual data entry
    手工报表 | excel报表 | 纸质报表 | 人工报表 | 手工台账
    报表自动生成 | 自动报表 | 智能报表 | 报表自动化 | automated reporting
    无纸化 | 无纸化车间 | 无纸化生产 | 电子化记录 | paperless
    电子看板 | 数据看板 | 可视化大屏 | 数据大屏 | 数据驾驶舱 | dashboard
    数据孤岛 | 信息孤岛 | 系统割裂 | 数据壁垒 | data silo | data silos
    老旧设备 | 老设备 | 存量设备 | 旧设备 | legacy equipment
    设备联网 | 设备互联 | 设备接入 | 机联网 | machine connectivity
    协议不兼容 | 协议不通 | 通讯不兼容 | 协议壁垒
    oee | 设备综合效率 | overall equipment effectiveness
    稼动率 | 开动率 | 设备利用率 | 时间开动率 | utilization rate
    非计划停机 | 意外停机 | 突发停机 | 设备宕机 | unplanned downtime
    设备健康管理 | phm | prognostics and health management | 故障预测与健康管理
    批次追溯 | 批号追溯 | 批次追踪 | 批次溯源 | lot traceability
    客诉 | 客户投诉 | 客户抱怨 | customer complaint
    产品召回 | 召回事件 | product recall
    spc | 统计过程控制 | statistical process control
    过程能力指数 | cpk | 过程能力 | process capability index
    质量波动 | 品质不稳定 | 质量不稳定 | 质量不稳 | quality fluctuation
    人工排产 | 手工排产 | 手工排程 | 人工排程 | 经验排产 | excel排产
    插单 | 急单 | 紧急插单 | 临时插单 | rush order
    交货期 | 交期 | 交付期 | 交货日期 | delivery date
    准时交付率 | 准交率 | 交期达成率 | otd | on-time delivery
    换线 | 换型 | 换产 | changeover
    快速换模 | smed | single minute exchange of die | 快速换型
    柔性生产 | 柔性制造 | 柔性化生产 | flexible manufacturing
    在制品 | 在制品库存 | wip | work in process | work in progress
    账实不符 | 账物不符 | 库存不准 | 盘点差异 | inventory discrepancy
    rfid | 射频识别 | 电子标签 | rfid标签 | radio frequency identification
    条形码 | 条码 | 一维码 | barcode | bar code
    二维码 | qr码 | 二维条码 | dm码 | qr code | data matrix
    呆滞料 | 呆滞库存 | 积压库存 | 库存积压 | 呆料 | slow-moving inventory
    缺料 | 物料短缺 | 欠料 | material shortage
    mrp | 物料需求计划 | mrp运算 | material requirements planning
    需求预测 | 销量预测 | 销售预测 | demand forecasting
    人工目检 | 人眼检测 | 目视检查 | 肉眼检测 | 人工目视 | manual visual inspection
    数据增强 | 样本增强 | 样本扩充 | data augmentation
    数据标注 | 数据标记 | 图像标注 | data annotation | data labeling
    视觉测量 | 视觉尺寸测量 | 影像测量 | 机器视觉测量 | vision measurement
    ocr | 光学字符识别 | 字符识别 | optical character recognition
    读码 | 扫码 | 条码识别 | 读码器 | code reading
    视觉引导 | 视觉定位引导 | 视觉引导定位 | vision guidance
    大模型幻觉 | 模型幻觉 | ai幻觉 | 幻觉 | hallucination
    智能体 | ai智能体 | 大模型智能体 | ai agent | llm agent
    模型微调 | 指令微调 | 微调训练 | fine-tuning | fine tuning
    模型部署 | 推理部署 | 算法部署 | 模型落地 | model deployment
    推理加速 | 推理优化 | inference acceleration | tensorrt
    企业知识库 | 私有知识库 | 本地知识库 | enterprise knowledge base
    时序数据库 | 时间序列数据库 | tsdb | time series database
    工业软件 | industrial software | 工业app
    低功耗广域网 | lpwan | 低功耗广域物联网 | low power wide area network
    5g专网 | 5g工业专网 | 5g行业专网 | private 5g
    时间敏感网络 | tsn | time-sensitive networking | time sensitive networking
    用电成本 | 电费支出 | 电费成本 | 电费开支 | electricity cost
    需量管理 | 需量控制 | 最大需量 | 需量电费 | demand charge
    分项计量 | 能耗分项计量 | 分项能耗 | sub-metering
    能源审计 | 能效诊断 | 节能诊断 | 能源诊断 | energy audit
    空压机 | 空气压缩机 | air compressor
    冷站 | 冷水机房 | 制冷站 | 制冷机房 | 中央空调机房 | chiller plant
    esg | 环境社会及治理 | 环境社会治理 | environmental social and governance
    esg报告 | 可持续发展报告 | 社会责任报告 | csr报告 | esg披露 | sustainability report
    范围三 | 范围3 | 范围三排放 | 价值链排放 | scope 3
    范围二 | 范围2 | 外购电力排放 | scope 2
    生命周期评价 | 生命周期评估 | 全生命周期评价 | lca | life cycle assessment
    数字产品护照 | 产品数字护照 | dpp | digital product passport
    环境产品声明 | epd | environmental product declaration
    碳核查 | 温室气体核查 | 碳排放核查 | ghg verification
    排放因子 | 碳排放因子 | 排放系数 | emission factor
    出口欧盟 | 对欧出口 | 欧盟市场准入 | eu export
    防伪 | 防伪溯源 | 防伪码 | 防伪标签 | anti-counterfeiting
    窜货 | 渠道窜货 | 串货
    冷链 | 冷链物流 | 冷链运输 | cold chain
    勒索病毒 | 勒索软件 | 勒索攻击 | ransomware
    恶意软件 | 恶意代码 | 计算机病毒 | 木马病毒 | malware
    移动介质管控 | u盘管控 | usb管控 | 外设管控 | 移动存储管控
    应用白名单 | 程序白名单 | application whitelisting | allowlisting
    漏洞扫描 | 漏扫 | 漏洞检测 | vulnerability scanning
    渗透测试 | 渗透测评 | penetration testing | pentest
    数据泄露 | 数据外泄 | 泄密 | data leakage | data breach
    数据防泄漏 | 防泄密 | 数据防泄密 | data loss prevention
    堡垒机 | 运维堡垒机 | 运维审计 | 跳板机 | bastion host
    网闸 | 安全隔离网闸 | 隔离网闸 | 安全隔离与信息交换
    工业防火墙 | 工控防火墙 | industrial firewall
    补丁管理 | 系统补丁 | 打补丁 | patch management
  `),
  related: groups(`
    缺陷检测 | 机器视觉 | 深度学习 | ai质检 | 外观检测 | 漏检 | 误检
    知识图谱 | 大模型 | 智能问答 | 故障诊断 | 维修知识 | 经验传承 | 智能运维
    碳足迹 | 能耗管理 | 碳核算 | 出口认证 | cbam | 供应链碳数据
    标识解析 | 产品追溯 | 一物一码 | 质量追溯
    边缘计算 | 边缘网关 | 模型量化 | 轻量化部署
    人工填报 | 手工报表 | excel | 报表自动生成 | 自动采集 | 无纸化
    数据孤岛 | 系统集成 | 数据中台 | 接口打通 | 主数据管理
    老旧设备 | 设备联网 | 加装传感器 | 非侵入式采集 | 协议转换 | 边缘网关
    协议转换 | opc ua | modbus | profinet | 协议不兼容
    稼动率 | oee | 停机分析 | 设备联网 | 产能瓶颈
    非计划停机 | 预测性维护 | 故障预警 | 振动监测 | 设备健康管理
    客诉 | 批次追溯 | 产品召回 | 一物一码 | 质量追溯
    质量波动 | spc | 过程能力指数 | 质量大数据
    人工排产 | aps | 排产优化 | 插单 | 交货期 | 准时交付率
    换线 | 快速换模 | 多品种小批量 | 柔性生产 | 排产优化
    账实不符 | wms | rfid | 条形码 | 盘点
    呆滞料 | 需求预测 | 安全库存 | mrp | 库存周转
    缺料 | mrp | 齐套率 | 供应链协同
    人工目检 | 机器视觉 | ai质检 | 视觉疲劳 | 漏检 | 自动光学检测
    缺陷样本少 | 小样本学习 | 数据增强 | 缺陷生成 | 无监督学习 | 异常检测
    ocr | 喷码 | 读码 | 字符缺陷
    大模型幻觉 | 检索增强生成 | 企业知识库 | 知识图谱
    模型部署 | 国产npu | 模型量化 | 推理加速 | 边缘计算
    用电成本 | 峰谷套利 | 需量管理 | 能耗管理 | 分项计量
    能耗算不清 | 分项计量 | 能源审计 | 能耗监测 | 智能电表
    空压站 | 空压机 | 压缩空气泄漏 | 群控优化
    冷站 | 群控优化 | 高效机房 | 能效比
    出口欧盟 | cbam | 碳足迹 | 数字产品护照 | 环境产品声明 | 生命周期评价
    esg报告 | 碳核算 | 碳盘查 | 范围三 | 供应链碳数据
    范围二 | 绿电 | 绿证 | 排放因子 | 碳足迹
    数字产品护照 | 电池护照 | 一物一码 | 碳足迹 | 新电池法
    假货 | 防伪 | 窜货 | 一物一码 | 区块链
    冷链 | 温度超标 | 温湿度监控 | 冷链断链 | 温度记录仪
    勒索病毒 | 数据备份 | 工控安全 | 主机加固 | 应用白名单
    工控主机 | 应用白名单 | 补丁管理 | 移动介质管控 | 主机加固
    远程运维 | 堡垒机 | 安全审计 | 零信任
    内外网隔离 | 网闸 | 工业防火墙 | 工控安全 | 单向导入
  `),
};
