namespace Network.Bench.Generation;

/// <summary>Service items from the seeds, grouped by how they are handled.</summary>
public static class ItemTemplates
{
    private const string Free = "不收费";

    /// <summary>即办件: answered or completed on the spot (time limit 0).</summary>
    public static IReadOnlyList<ItemTemplate> Immediate { get; } =
    [
        new("senior-card", "老年人优待证办理", "年满60周岁的本地户籍居民", "《中华人民共和国老年人权益保障法》", "窗口受理→核对材料→当场发证",
            ["居民身份证", "户口簿", "近期免冠照片"], 0, "当场发放老年人优待证", Free),
        new("party-transfer", "党员组织关系转接", "正式党员或预备党员因工作、居住地变动", "《中国共产党章程》", "窗口受理→核对介绍信→当场办结",
            ["组织关系介绍信", "党员证明"], 0, "当场办理转接手续", Free),
        new("gas-fee", "燃气费代收", "辖区内燃气用户", "《城镇燃气管理条例》", "窗口受理→核对户号→收费开票",
            ["燃气缴费卡"], 0, "当场出具缴费票据", "按物价部门核定标准收取"),
        new("residence-certificate", "户籍迁移证明", "户口迁入或迁出的居民", "《中华人民共和国户口登记条例》", "窗口受理→核对户籍信息→当场出具证明",
            ["居民身份证", "户口簿"], 0, "当场出具户籍迁移证明", Free),
    ];

    /// <summary>承诺件: review or a site visit within the time limit.</summary>
    public static IReadOnlyList<ItemTemplate> Promised { get; } =
    [
        new("disability-certificate", "残疾人证申领", "本地户籍的残疾人", "《中华人民共和国残疾人保障法》", "窗口受理并出具《办件承诺单》→评定→审核→发证",
            ["居民身份证", "户口簿", "残疾评定表", "近期免冠照片"], 15, "核发残疾人证", Free),
        new("temporary-relief", "临时救助申请", "因突发事件导致基本生活暂时困难的家庭", "《社会救助暂行办法》", "窗口受理并出具《办件承诺单》→入户调查→公示→审批",
            ["居民身份证", "户口簿", "困难情况说明"], 10, "发放临时救助金", Free),
        new("family-planning-certificate", "计划生育服务证办理", "已婚育龄夫妇", "《中华人民共和国人口与计划生育法》", "窗口受理并出具《办件承诺单》→审核→发证",
            ["夫妻双方居民身份证", "结婚证", "户口簿"], 5, "核发计划生育服务证", Free),
        new("unemployment-certificate", "失业登记证办理", "法定劳动年龄内有劳动能力和就业愿望的失业人员", "《就业服务与就业管理规定》", "窗口受理并出具《办件承诺单》→审核→登记",
            ["居民身份证", "户口簿", "解除劳动合同证明"], 5, "核发失业登记证", Free),
    ];

    /// <summary>联办件: two or more windows at once, within one time limit.</summary>
    public static IReadOnlyList<ItemTemplate> Joint { get; } =
    [
        new("new-house-registration", "新建住房登记", "经批准新建住房的农户", "《中华人民共和国土地管理法》", "一窗受理→国土、村镇建设、水利窗口同时办理→统一办结",
            ["居民身份证", "宅基地批准书", "建房申请表"], 20, "办理新建住房登记", Free),
        new("minimum-allowance", "城乡最低生活保障申请", "家庭人均收入低于当地低保标准", "《社会救助暂行办法》", "一窗受理→民政、财税窗口联合审核→公示→审批",
            ["居民身份证", "户口簿", "家庭收入证明"], 20, "纳入最低生活保障", Free),
    ];

    /// <summary>代办件: decided by a higher tier, carried up free of charge.</summary>
    public static IReadOnlyList<ItemTemplate> Proxy { get; } =
    [
        new("homestead-review", "农村宅基地初审", "本集体经济组织成员、一户一宅", "《中华人民共和国土地管理法》", "村代办员受理→乡镇初审→结果返回村",
            ["居民身份证", "户口簿", "宅基地申请书"], 15, "出具宅基地初审意见", Free),
        new("felling-permit", "林木采伐许可", "林木所有者或经营者", "《中华人民共和国森林法》", "代办员受理→逐级报送→审批→结果返回",
            ["居民身份证", "林权证"], 20, "核发林木采伐许可证", Free),
        new("medical-relief", "困难家庭医疗救助", "低保、五保及特困家庭成员", "《社会救助暂行办法》", "代办员受理→逐级报送→审批→救助金发放",
            ["居民身份证", "户口簿", "医疗费用票据"], 20, "发放医疗救助金", Free),
        new("aquaculture-permit", "水域滩涂养殖证", "从事水产养殖的单位和个人", "《中华人民共和国渔业法》", "代办员受理→逐级报送→审批→发证",
            ["居民身份证", "养殖水域使用协议"], 20, "核发养殖证", Free),
    ];
}
