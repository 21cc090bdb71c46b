import { type DomainVocabulary, groups, words } from './vocabulary';

/** New materials: composites, carbon materials, thermal materials, metals and alloys, ceramics, polymers, minerals. */
export const NEW_MATERIALS: DomainVocabulary = {
  industry: 'NEW_MATERIALS',
  terms: [
    ...words(`
    新材料 先进材料 功能材料 结构材料 复合材料 碳纤维 碳纤维复合材料 碳纤维增强 玻璃纤维 玄武岩纤维 芳纶 芳纶纤维
    超高分子量聚乙烯 树脂基复合材料 热固性复合材料 热塑性复合材料 预浸料 环氧树脂 快速固化树脂 树脂传递模塑
    高压树脂传递模塑 真空辅助成型 模压成型 热压罐 热压罐成型 纤维缠绕 湿法缠绕 拉挤成型 自动铺丝 铺层设计 固化
    成型周期 储氢瓶 储氢罐 高压储氢 氢能 燃料电池 质子交换膜 膜电极 双极板 催化剂 石墨烯 氧化石墨烯 碳纳米管
    富勒烯 石墨 人造石墨 石墨化 碳化 导热膜 导热界面材料 导热垫片 导热硅脂 相变材料 导热凝胶 散热 热管理材料
    热阻 导热系数 气凝胶 二氧化硅气凝胶 隔热材料 陶瓷 先进陶瓷 结构陶瓷 功能陶瓷 碳化硅 氮化硅陶瓷 氧化锆
    氮化铝 氮化镓 氧化镓 金刚石 人造金刚石 超硬材料 高温合金 钛合金 铝合金 镁合金 铜合金 高熵合金 非晶合金
    形状记忆合金 粉末冶金 金属粉末 稀土 稀土永磁 钕铁硼 软磁材料 磁性材料 工程塑料 特种工程塑料 聚醚醚酮
    聚酰亚胺 聚酰亚胺薄膜 液晶聚合物 聚苯硫醚 尼龙 聚碳酸酯 可降解塑料 生物基材料 聚乳酸 聚己二酸 生物降解
    涂层 功能涂层 防腐涂层 耐磨涂层 超疏水涂层 纳米涂层 纳米材料 纳米颗粒 薄膜材料 电子材料 电子化学品
    湿电子化学品 电子特气 靶材 溅射靶材 电子浆料 半导体材料 第三代半导体 宽禁带半导体 石英砂 高纯石英砂 石英砂提纯
    除铁 浮选 酸浸 磁选 高梯度磁选 微生物浸出 低铁 超白 非金属矿 矿物加工 锂矿 盐湖提锂 电池材料 前驱体
    膜材料 分离膜 反渗透膜 超滤膜 离子交换膜 吸附材料 催化材料 回收利用 再生材料 循环经济 表面处理 热处理
    晶须 纤维增强 轻量化材料 阻燃材料 阻燃剂 胶粘剂 密封胶 光学材料 柔性材料 智能材料 超材料
    `),
    // Shop-floor defect names and lab remedies (coatings, composites, plastics, ceramics, magnets, purity, recycling)
    ...words(`
    模具钢 表面强化 耐磨涂层 镀硬铬 硬铬替代 超音速火焰喷涂 达克罗 锌铝涂层 划格试验 冲击后压缩 层间韧性 快速固化树脂 热解回收
    快速热循环注塑 抗冲击改性 增容剂 扩链剂 相变增韧 断裂韧性 均热板 热管 导电填料 表面电阻 高温退磁 重稀土 氢破碎 再生稀土
    痕量分析 亚沸蒸馏 石英坩埚 球形硅微粉 工业固废 资源化利用 高值化利用
    `),
  ],
  synonyms: [
    ...groups(`
    复合材料 | composite | composites | 复材 | 复合材质
    碳纤维 | carbon fiber | carbon fibre | 碳纤
    碳纤维复合材料 | cfrp | 碳纤维增强复合材料 | carbon fiber reinforced polymer | carbon fiber composite | 碳纤维增强塑料
    玻璃纤维 | 玻纤 | glass fiber | glass fibre
    玻璃钢 | gfrp | 玻璃纤维增强塑料 | glass fiber reinforced plastic
    芳纶 | 芳纶纤维 | aramid | kevlar | 凯夫拉
    超高分子量聚乙烯 | uhmwpe | 超高分子量聚乙烯纤维
    热塑性复合材料 | 热塑性复材 | thermoplastic composite | cfrtp | frtp
    热固性复合材料 | thermoset composite | 热固性复材
    预浸料 | prepreg | 预浸带 | 预浸布
    环氧树脂 | epoxy | epoxy resin | ep树脂
    树脂传递模塑 | rtm | resin transfer molding | resin transfer moulding
    高压树脂传递模塑 | hp-rtm | hprtm | high pressure rtm | high-pressure resin transfer molding
    真空辅助成型 | vari | vartm | 真空导入 | vacuum infusion | 真空灌注
    模压成型 | 模压 | compression molding | 压缩成型 | 热压成型
    热压罐 | autoclave | 热压罐成型 | 热压罐工艺
    纤维缠绕 | 缠绕成型 | filament winding | 湿法缠绕 | 干法缠绕
    拉挤成型 | 拉挤 | pultrusion
    自动铺丝 | afp | automated fiber placement | 自动铺带 | atl
    储氢瓶 | 储氢罐 | 储氢气瓶 | hydrogen tank | hydrogen cylinder | 高压储氢瓶
    iv型瓶 | iv型储氢瓶 | type iv | type 4 | 塑料内胆储氢瓶 | 四型瓶
    iii型瓶 | iii型储氢瓶 | type iii | 铝内胆储氢瓶 | 三型瓶
    氢能 | hydrogen energy | 氢气 | hydrogen | 绿氢
    燃料电池 | fuel cell | 氢燃料电池 | pemfc | 质子交换膜燃料电池
    质子交换膜 | pem | proton exchange membrane | 全氟磺酸膜
    电解水制氢 | 水电解制氢 | 水电解 | water electrolysis
    电解槽 | 电解水装置 | electrolyzer
    膜电极 | mea | membrane electrode assembly
    双极板 | bipolar plate | 金属双极板 | 石墨双极板
    石墨烯 | graphene
    氧化石墨烯 | graphene oxide | 还原氧化石墨烯 | rgo
    碳纳米管 | cnt | carbon nanotube | carbon nanotubes | 纳米碳管
    人造石墨 | synthetic graphite | 人工石墨
    石墨化 | graphitization
    导热膜 | 散热膜 | thermal conductive film | 石墨散热膜 | 石墨烯导热膜 | heat spreader
    导热界面材料 | tim | thermal interface material | 界面导热材料
    导热垫片 | 导热垫 | 导热片 | thermal pad | gap pad | 导热硅胶片
    导热硅脂 | 散热膏 | thermal grease | thermal paste | 导热膏
    相变材料 | pcm | phase change material
    导热系数 | 热导率 | thermal conductivity | 导热率
    热阻 | thermal resistance | 接触热阻
    散热 | 热管理 | heat dissipation | thermal management
    气凝胶 | aerogel | 二氧化硅气凝胶 | silica aerogel
    先进陶瓷 | 特种陶瓷 | 精细陶瓷 | advanced ceramics | technical ceramics | 工程陶瓷
    碳化硅 | sic | silicon carbide | 金刚砂
    氮化镓 | gan | gallium nitride
    氧化镓 | ga2o3 | gallium oxide
    氮化铝 | aln | aluminum nitride
    氧化锆 | zro2 | zirconia | 锆陶瓷
    金刚石 | diamond | 人造金刚石 | 培育钻石 | cvd金刚石 | synthetic diamond
    高温合金 | superalloy | 镍基高温合金 | 耐热合金
    钛合金 | titanium alloy | tc4 | ti6al4v | ti-6al-4v
    铝合金 | aluminum alloy | aluminium alloy | 铝材
    镁合金 | magnesium alloy | 镁材
    高熵合金 | hea | high entropy alloy | high-entropy alloy | 多主元合金
    非晶合金 | 金属玻璃 | amorphous alloy | metallic glass
    形状记忆合金 | sma | shape memory alloy | 记忆合金 | 镍钛合金 | nitinol
    粉末冶金 | powder metallurgy
    金属注射成形 | 金属注射成型 | mim | metal injection molding
    稀土永磁 | 永磁材料 | 钕铁硼 | ndfeb | 稀土磁体 | permanent magnet | rare earth magnet
    软磁材料 | soft magnetic | 软磁 | 非晶软磁 | 纳米晶软磁
    工程塑料 | engineering plastics | 特种工程塑料 | 高性能塑料
    聚醚醚酮 | peek | polyether ether ketone
    聚酰亚胺 | polyimide | 聚酰亚胺薄膜 | pi膜 | kapton
    液晶聚合物 | lcp | liquid crystal polymer
    聚苯硫醚 | pps | polyphenylene sulfide
    聚碳酸酯 | polycarbonate
    尼龙 | 聚酰胺 | nylon | polyamide | pa66 | pa6
    可降解塑料 | 生物降解塑料 | biodegradable plastic | 全降解塑料
    聚己二酸 | pbat | 聚己二酸/对苯二甲酸丁二醇酯
    生物基材料 | bio-based | 生物基 | biobased material
    超疏水涂层 | 超疏水 | superhydrophobic | 疏水涂层 | 荷叶效应
    防腐涂层 | anticorrosion coating | 防腐蚀涂层 | 重防腐
    纳米材料 | nanomaterial | nanomaterials | 纳米颗粒 | nanoparticle
    第三代半导体 | 宽禁带半导体 | wide bandgap | wbg | 宽带隙半导体
    溅射靶材 | 靶材 | sputtering target | target material
    电子化学品 | 湿电子化学品 | electronic chemicals | 电子级化学品
    电子特气 | 电子特种气体 | specialty gas | 特种气体
    高纯石英砂 | 高纯石英 | high purity quartz | hpq
    石英砂 | 硅砂 | quartz sand | silica sand
    石英砂提纯 | 石英提纯 | quartz purification | 石英砂除杂
    除铁 | 除铁提纯 | iron removal | 脱铁
    浮选 | flotation | 浮选法
    酸浸 | acid leaching | 酸浸提纯
    磁选 | magnetic separation | 高梯度磁选 | hgms
    微生物浸出 | 生物浸出 | bioleaching | 微生物浸矿
    盐湖提锂 | 提锂 | lithium extraction | dle | 直接提锂
    前驱体 | precursor | 三元前驱体
    反渗透膜 | ro膜 | reverse osmosis membrane | 反渗透
    超滤膜 | 超滤 | ultrafiltration
    离子交换膜 | ion exchange membrane | 离子膜
    阻燃剂 | flame retardant | 阻燃材料 | 无卤阻燃
    胶粘剂 | 粘合剂 | 粘接剂 | adhesive | 胶水 | 结构胶
    超材料 | metamaterial | 人工电磁材料
    循环经济 | circular economy | 资源循环 | 再生利用
    `),
    // Plant-floor names ↔ formal names
    ...groups(`
    磨坏 | 磨得快 | 不耐磨 | 磨损快 | 磨损严重
    模具寿命 | 模具使用寿命 | die life | mold life
    寿命提升 | 延寿 | 延长寿命 | 长寿命化 | life extension
    pvd涂层 | pvd | pvd镀膜 | 物理气相沉积 | physical vapor deposition
    类金刚石 | 类金刚石涂层 | dlc | dlc涂层 | diamond-like carbon
    渗氮 | 氮化处理 | 表面渗氮 | nitriding
    涂层脱落 | 涂层剥落 | 膜层脱落 | 掉漆 | 起皮 | coating delamination
    生锈 | 返锈 | 锈斑 | 长锈 | rust
    脱层 | 层间开裂 | 层间分层 | delamination
    干斑 | 浸渍不良 | 贫胶 | dry spot
    缩痕 | 缩水 | 凹痕 | sink mark
    熔接痕 | 熔接线 | 夹水纹 | weld line | knit line
    浮纤 | 露纤 | 玻纤外露 | floating fiber
    玻纤增强 | 加纤 | 玻纤增强塑料 | glass fiber reinforced plastic compound
    发脆 | 变脆 | 脆化 | embrittlement
    回料 | 水口料 | 粉碎料 | 回收料 | regrind
    散热差 | 散热不好 | 散热不良 | 散热不足 | poor heat dissipation
    磁钢 | 磁铁 | 永磁体 | 磁体 | magnet
    退磁 | 失磁 | demagnetization
    超高纯 | 超纯 | 超净高纯 | ultra high purity
    `),
  ],
  related: [
    ...groups(`
    碳纤维 | 复合材料 | 轻量化 | 快速成型 | 快速固化
    石墨烯 | 导热膜 | 散热 | 导热界面材料 | 电子散热
    石英砂提纯 | 除铁 | 超白玻璃 | 光伏玻璃 | 铁含量
    储氢瓶 | 纤维缠绕 | 碳纤维 | 氢能
    `),
    // Symptom or complaint ↔ the techniques, materials and measures that address it
    ...groups(`
    磨坏 | 磨损 | 耐磨涂层 | pvd涂层 | 表面强化 | 寿命提升
    模具磨损 | 模具寿命 | pvd涂层 | 类金刚石 | 渗氮 | 模具钢 | 激光熔覆
    涂层脱落 | 掉漆 | 附着力 | 结合力 | 前处理 | 喷砂 | 划格试验
    生锈 | 防腐涂层 | 盐雾试验 | 达克罗 | 锌铝涂层 | 钝化
    镀硬铬 | 硬铬替代 | 超音速火焰喷涂 | 热喷涂 | 激光熔覆 | 电镀废水
    脱层 | 超声c扫描 | 层间韧性 | 增韧 | 冲击后压缩
    固化慢 | 成型周期长 | 快速固化树脂 | hp-rtm | 热塑性复合材料 | 模压成型
    干斑 | 孔隙率 | 真空辅助成型 | 树脂流动 | 渗透率 | 热压罐
    复合材料回收 | 热解回收 | 溶剂分解 | 再生碳纤维 | 退役风电叶片
    缩痕 | 缩水 | 翘曲 | 模流分析 | 保压 | 壁厚设计
    浮纤 | 玻纤增强 | 高模温 | 快速热循环注塑 | 免喷涂
    发脆 | 增韧 | 抗冲击改性 | 热氧老化 | 水解
    回料 | 水口料 | 再生塑料 | 增容剂 | 扩链剂 | 性能衰减
    崩边 | 崩角 | 超声辅助加工 | 精密磨削 | 激光切割 | 陶瓷加工
    陶瓷脆性 | 陶瓷易碎 | 相变增韧 | 氧化锆增韧 | 晶须增韧 | 断裂韧性
    散热差 | 散热不好 | 发烫 | 导热界面材料 | 石墨烯导热膜 | 均热板 | 热管
    防静电 | 抗静电 | 导电填料 | 碳纳米管 | 表面电阻 | 导电塑料
    退磁 | 高温退磁 | 矫顽力 | 晶界扩散 | 重稀土 | 减镝
    稀土回收 | 废磁钢回收 | 钕铁硼废料 | 氢破碎 | 再生稀土
    杂质超标 | 金属杂质 | 金属离子 | icp-ms | 痕量分析 | 超高纯 | 亚沸蒸馏
    石英坩埚 | 析晶 | 高纯石英砂 | 内层砂 | 坩埚气泡 | 单晶拉制
    硅微粉 | 球形硅微粉 | 覆铜板 | 环氧塑封料 | 导热填料
    工业固废 | 固废 | 尾矿 | 粉煤灰 | 钢渣 | 资源化利用
    `),
  ],
};
