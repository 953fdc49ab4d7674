namespace ZoneReport.SiteGen;

/// <summary>
/// Sentence pools for synthetic articles, written in the register of a local newspaper's special
/// pages on a development zone. Placeholders: {zone} zone name, {company} a company, {n} a count,
/// {x} an amount, {pct} a growth rate, {year} the edition's year.
/// </summary>
public static class Texts
{
    public sealed record Place(string Slug, string Zh, string En, string ShortZh, string ShortEn);

    public static readonly Place[] Places =
    [
        new("zhoukou-edz", "周口经济开发区", "Zhoukou Economic Development Zone", "周口开发区", "the Zhoukou zone"),
        new("luohe-etdz", "漯河经济技术开发区", "Luohe Economic and Technological Development Zone", "漯河经开区", "the Luohe zone"),
        new("xuchang-htz", "许昌高新技术产业开发区", "Xuchang High-Tech Industrial Development Zone", "许昌高新区", "the Xuchang high-tech zone"),
        new("shangqiu-edz", "商丘经济开发区", "Shangqiu Economic Development Zone", "商丘开发区", "the Shangqiu zone"),
        new("zhumadian-edz", "驻马店经济开发区", "Zhumadian Economic Development Zone", "驻马店开发区", "the Zhumadian zone"),
        new("xinyang-htz", "信阳高新技术产业开发区", "Xinyang High-Tech Industrial Development Zone", "信阳高新区", "the Xinyang high-tech zone"),
        new("nanyang-htz", "南阳高新技术产业开发区", "Nanyang High-Tech Industrial Development Zone", "南阳高新区", "the Nanyang high-tech zone"),
        new("pingdingshan-edz", "平顶山经济开发区", "Pingdingshan Economic Development Zone", "平顶山开发区", "the Pingdingshan zone"),
        new("kaifeng-edz", "开封经济开发区", "Kaifeng Economic Development Zone", "开封开发区", "the Kaifeng zone"),
        new("luoyang-htz", "洛阳高新技术产业开发区", "Luoyang High-Tech Industrial Development Zone", "洛阳高新区", "the Luoyang high-tech zone"),
        new("xinxiang-edz", "新乡经济技术开发区", "Xinxiang Economic and Technological Development Zone", "新乡经开区", "the Xinxiang zone"),
        new("jiaozuo-edz", "焦作经济开发区", "Jiaozuo Economic Development Zone", "焦作开发区", "the Jiaozuo zone"),
    ];

    public static readonly (string Zh, string En)[] Companies =
    [
        ("益海嘉里", "Yihai Kerry"), ("五得利", "Wudeli"), ("鲁花", "Luhua"), ("娃哈哈", "Wahaha"),
        ("天子铝业", "Tianzi Aluminium"), ("合一抗磨", "Heyi Kangmo"), ("科信电缆", "Kexin Cable"),
        ("奔泽精密钣金", "Benze Precision Sheet Metal"), ("永正铝模", "Yongzheng Aluminium Formwork"),
        ("领尚科技", "Lingshang Technology"), ("益常青生物", "Yichangqing Biotech"), ("海熙药业", "Haixi Pharmaceutical"),
        ("国药控股", "Sinopharm Holding"), ("仁和药业", "Renhe Pharmaceutical"), ("中兴新业港", "ZTE Xinyegang"),
        ("杭萧钢构", "Hang Xiao Steel Structure"), ("龙途新材料", "Longtu New Materials"), ("斯美特", "Simeite"),
    ];

    public static readonly (string Zh, string En)[] Sentences =
    [
        ("{zone}坚持把项目建设作为推动高质量发展的“生命线”，全年谋划实施重点项目{n}个，完成投资{x}亿元。",
         "{zone} treats project construction as the lifeline of high-quality development: it planned {n} key projects this year and completed CNY {x} billion of investment."),
        ("规模以上工业增加值同比增长{pct}%，增速居全市前列，工业经济稳中有进、稳中向好。",
         "Value added of industry above designated size rose {pct}% year on year, among the fastest in the city, and the industrial economy advanced steadily."),
        ("{company}二期项目已经建成投产，新增生产线{n}条，预计年产值可达{x}亿元。",
         "The second phase of {company} has been completed and put into production, adding {n} production lines and an expected annual output of CNY {x} billion."),
        ("开发区深入开展“万人助万企”活动，累计为企业解决用工、融资、用地等问题{n}个。",
         "The zone pressed ahead with its “ten thousand officials help ten thousand firms” campaign, solving {n} problems with labour, financing and land for companies."),
        ("围绕“两大主导+战略新兴”产业，开发区坚持链式招商、以商招商，全年签约亿元以上项目{n}个。",
         "Building on its two leading industries and one strategic emerging industry, the zone recruited investment along industrial chains and signed {n} projects worth more than CNY 100 million each."),
        ("走进{company}的生产车间，一排排智能化设备高速运转，工人们正有条不紊地忙碌着。",
         "Inside the workshops of {company}, rows of automated machines run at full speed while the workers go about their tasks in good order."),
        ("“我们今年的订单已经排到了年底，产能利用率超过百分之{n}。”企业负责人介绍说。",
         "“Our order book is full to the end of the year and we are running at more than {n} per cent of capacity,” the company’s manager said."),
        ("一般公共预算收入完成{x}亿元，同比增长{pct}%，税收占比保持在较高水平。",
         "General public budget revenue reached CNY {x} billion, up {pct}% year on year, with taxes holding a high share of the total."),
        ("开发区持续优化营商环境，推行“一网通办”“拿地即开工”等改革举措，审批时限压缩{pct}%。",
         "The zone kept improving its business environment with reforms such as one-stop online services and “start building as soon as the land is acquired”, cutting approval times by {pct}%."),
        ("新建改造道路{n}公里，新增绿地面积{x}万平方米，城市功能和承载能力不断提升。",
         "It built or rebuilt {n} km of roads and added {x} hectares of green space, steadily improving the functions and capacity of the city."),
        ("在安全生产方面，开发区压紧压实各方责任，开展隐患排查整治行动{n}次，确保了全区安全形势持续稳定。",
         "On workplace safety, the zone tightened every party’s responsibilities and ran {n} rounds of hazard inspections, keeping the safety situation stable throughout the zone."),
        ("{year}年，开发区将锚定“国家级经济技术开发区”目标，聚焦主责主业，奋力实现新的更大突破。",
         "In {year} the zone will hold fast to the goal of becoming a national-level economic and technological development zone, concentrating on its core business to achieve new and greater breakthroughs."),
        ("科技创新能力显著增强，新增高新技术企业{n}家，研发投入强度达到{pct}%。",
         "Its capacity for innovation grew markedly: {n} more companies were certified as high-tech enterprises, and research spending reached {pct}% of output."),
        ("开发区与高校、科研院所共建研发平台{n}个，一批“卡脖子”技术难题得到攻克。",
         "The zone set up {n} research platforms with universities and institutes, and a number of “chokepoint” technical problems were overcome."),
        ("园区基础设施日趋完善，水、电、气、热、通信等配套设施实现全覆盖。",
         "Infrastructure in the parks is increasingly complete, with water, power, gas, heating and telecommunications reaching every plot."),
        ("开发区坚持以人民为中心的发展思想，全年民生支出{x}亿元，占一般公共预算支出的{pct}%。",
         "Putting people at the centre of development, the zone spent CNY {x} billion on public welfare this year, {pct}% of general public budget spending."),
        ("新建中小学、幼儿园{n}所，新增学位数千个，群众的获得感、幸福感持续增强。",
         "It built {n} primary and secondary schools and kindergartens with thousands of new places, and residents feel steadily better off and happier."),
        ("{company}负责人表示，开发区“保姆式”服务让企业吃下了“定心丸”，坚定了扩大投资的信心。",
         "The head of {company} said the zone’s attentive, hands-on service had reassured the company and strengthened its confidence to invest more."),
        ("截至目前，开发区入驻企业达到{n}家，其中规模以上工业企业占{pct}%。",
         "So far {n} companies have settled in the zone, {pct}% of them industrial enterprises above designated size."),
        ("进出口总额完成{x}亿元，同比增长{pct}%，对外开放水平不断提升。",
         "Total imports and exports reached CNY {x} billion, up {pct}% year on year, as the zone opened further to the outside world."),
        ("开发区党工委始终把党的建设摆在首位，以高质量党建引领经济社会高质量发展。",
         "The zone’s Party working committee has always put Party building first, letting high-quality Party building lead high-quality economic and social development."),
        ("面对复杂严峻的外部环境，全区上下攻坚克难、砥砺前行，各项工作取得了新的成效。",
         "Faced with a complex and difficult external environment, the whole zone overcame hardships and pushed forward, making fresh progress in every area of work."),
        ("开发区加快推进“四大产业集群”建设，产业链上下游企业集聚效应日益显现。",
         "The zone sped up building its four industrial clusters, and the clustering of upstream and downstream companies along each chain is increasingly visible."),
        ("今年以来，开发区累计新增就业岗位{n}个，城镇登记失业率控制在{pct}%以内。",
         "Since the start of the year the zone has created {n} new jobs and kept the registered urban unemployment rate below {pct}%."),
    ];

    public static readonly (string Zh, string En)[] Headings =
    [
        ("项目建设跑出“加速度”", "Projects move at a new speed"),
        ("产业集群加快成势", "Industrial clusters gather pace"),
        ("营商环境持续优化", "A better business environment"),
        ("科技创新动能强劲", "Strong momentum in innovation"),
        ("城市功能日趋完善", "A more complete city"),
        ("民生福祉不断增进", "Better lives for residents"),
        ("安全生产守牢底线", "Holding the line on safety"),
        ("对外开放迈出新步伐", "New steps in opening up"),
        ("党建引领凝聚合力", "Party building unites efforts"),
        ("奋力谱写新篇章", "Writing a new chapter"),
    ];

    public static readonly (string Zh, string En)[] Titles =
    [
        ("{zone}：项目建设跑出高质量发展“加速度”", "{zone}: projects set the pace of high-quality development"),
        ("聚力产业集群 {zone}再攀新高峰", "Building industrial clusters, {zone} climbs to new heights"),
        ("优化营商环境 激发市场活力", "A better business environment releases the market’s energy"),
        ("{zone}科技创新结出累累硕果", "Innovation bears rich fruit in {zone}"),
        ("民生实事件件落地 群众幸福感持续提升", "Promises to residents kept one by one, and people feel better off"),
        ("{zone}召开经济工作会议 擘画发展新蓝图", "{zone} holds its economic work conference and charts a new blueprint"),
        ("以安全稳定护航高质量发展", "Safety and stability guard high-quality development"),
        ("开放合作赋能 {zone}迈向国家级", "Opening up and cooperation take {zone} towards national level"),
        ("非凡十年：{zone}发展回眸", "A remarkable decade: looking back on {zone}"),
        ("年终综述：稳中求进谱新篇", "Year-end review: steady progress, a new chapter"),
    ];

    public static readonly (string Zh, string En)[] Indicators =
    [
        ("地区生产总值", "GDP"), ("规模以上工业增加值", "Industrial value added"), ("固定资产投资", "Fixed-asset investment"),
        ("一般公共预算收入", "Budget revenue"), ("社会消费品零售总额", "Retail sales"), ("进出口总额", "Imports and exports"),
        ("实际利用外资", "Foreign investment used"), ("研发经费投入", "Research spending"),
    ];

    public static readonly (string Zh, string En)[] People =
    [
        ("王晨", "Wang Chen"), ("李华正", "Li Huazheng"), ("曹文娟", "Cao Wenjuan"), ("郭坤", "Guo Kun"),
        ("刘瑞", "Liu Rui"), ("张明", "Zhang Ming"), ("陈静", "Chen Jing"), ("赵磊", "Zhao Lei"),
    ];

    public static readonly (string Zh, string En)[] Papers =
    [
        ("周口日报", "Zhoukou Daily"), ("漯河日报", "Luohe Daily"), ("河南日报", "Henan Daily"), ("大河报", "Dahe Daily"),
    ];
}
