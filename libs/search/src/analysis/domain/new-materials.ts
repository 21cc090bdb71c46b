import { type DomainVocabulary, groups, words } from './vocabulary';

/** New materials: composites, carbon materials, thermal materials, metals and alloys, ceramics, polymers, minerals. */
export const NEW_MATERIALS: DomainVocabulary = {
  industry: 'NEW_MATERIALS',
  terms: words(`
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
  synonyms: groups(`
    复合材料 | composite | composites | 复材 | 复合材质
    碳纤维 | carbon fiber | carbon fibre | 碳纤
    碳纤维复合材料 | cfrp | 碳纤维增强复合材料 | carbon fiber reinforced polymer | carbon fiber composite | 碳纤维增强塑料
    玻璃纤维 | 玻纤 | glass fiber | gfrp | 玻璃钢
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
    电解水制氢 | 电解槽 | electrolyzer | 水电解 | 碱性电解槽 | pem电解槽
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
    散热 | 热管理 | heat dissipation | thermal management | 冷却
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
    非晶合金 | 金属玻璃 | amorphous alloy | metallic glass | 液态金属
    形状记忆合金 | sma | shape memory alloy | 记忆合金 | 镍钛合金 | nitinol
    粉末冶金 | powder metallurgy | 金属注射成形 | mim
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
    高纯石英砂 | 高纯石英 | high purity quartz | hpq | 石英砂 | quartz sand | silica sand
    石英砂提纯 | 石英提纯 | quartz purification | 石英砂除杂
    除铁 | 除铁提纯 | iron removal | 脱铁
    浮选 | flotation | 浮选法
    酸浸 | 酸洗 | acid leaching | 酸浸提纯
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
  related: groups(`
    碳纤维 | 复合材料 | 轻量化 | 快速成型 | 快速固化
    石墨烯 | 导热膜 | 散热 | 导热界面材料 | 电子散热
    石英砂提纯 | 除铁 | 超白玻璃 | 光伏玻璃 | 铁含量
    储氢瓶 | 纤维缠绕 | 碳纤维 | 氢能
  `),
};
