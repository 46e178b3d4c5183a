// Texts of the rating screens (好差评): the rating device, the rating form of the progress page, the
// slip's link, the directors' workbench panel and the monitor's ratings card. Chinese by default,
// English when the page's language (i18n.js) is English.
import { language } from "/js/i18n.js";

const texts = {
  "zh-CN": {
    rateTitle: "服务评价器", ratePrompt: "请您对刚才的服务进行评价", rateWhole: "请对本次办件进行评价（一事一评）",
    notPaired: "本评价器尚未与窗口配对。请窗口工作人员在“窗口工作台”中配对后，在本设备上打开配对链接。",
    idle: "欢迎办事，服务评价将在办理后显示", clerkOnDuty: "当前工作人员", servedBy: "经办人", item: "服务事项", receiptTail: "回执号尾号",
    VerySatisfied: "非常满意", Satisfied: "满意", BasicallySatisfied: "基本满意", Dissatisfied: "不满意", VeryDissatisfied: "非常不满意",
    Attitude: "服务态度", Efficiency: "办事效率", Result: "办理结果", aspects: "评价内容（可多选）",
    comment: "意见建议（选填，200字以内）", named: "实名评价，愿意接受回访", submit: "提交评价", chooseLevel: "请先选择满意程度",
    thanks: "感谢您的评价！", followUp: "我们将在1个工作日内回访核实，并将整改结果反馈给您。", followUpAnonymous: "我们将核实并整改。",
    alreadyRated: "本次办件已评价，谢谢！", notClosed: "办件办结后即可评价。",
    slipLink: "办结后，请访问下列地址，凭回执号和查询码对本次服务进行评价（好差评）：",
    pairDevice: "配对服务评价器", pairHint: "在面向群众的评价平板上打开下列链接（仅显示一次；重新配对后旧设备失效）：",
    workbench: "主任工作台", badRatings: "差评整改", rectifications: "差评整改（回访核实与整改）", none: "暂无",
    point: "服务点", window: "窗口", level: "评价", statusCol: "状态", callBackDue: "回访期限", dueDate: "整改期限", flag: "预警",
    anonymous: "匿名", namedShort: "实名", history: "办理记录", close: "关闭",
    AwaitingCallBack: "待回访核实", Verified: "已核实", Rectifying: "限期整改中", AwaitingFeedback: "待反馈", Appealed: "申诉中", Closed: "已办结", SetAside: "申诉成立（不计入）",
    CallBack: "回访核实", Resolve: "处理", FinishRectification: "整改完成", FeedBack: "结果反馈", Appeal: "申诉", DecideAppeal: "申诉裁决",
    reached: "已联系到群众（实名评价须联系到本人）", findings: "回访核实情况", measure: "处理方式", note: "说明",
    AtOnce: "立行立改", WithDeadline: "限期整改", Explained: "做好解释", workingDays: "整改期限（工作日）", reason: "理由",
    setAside: "申诉成立（评价不计入统计）", refuseAppeal: "申诉不成立", citizen: "群众", comment2: "群众意见",
    Yellow: "黄牌", Red: "红牌", None: "",
    ratingsToday: "今日评价", ratingsCount: "评价数", satisfaction: "满意率", bad: "差评",
  },
  en: {
    rateTitle: "Service rating", ratePrompt: "Please rate the service you just received", rateWhole: "Rate this matter (once it is closed)",
    notPaired: "This device is not paired with a window. Ask the clerk to pair it from the console and open the pairing link here.",
    idle: "Welcome. You can rate the service once you have been served.", clerkOnDuty: "Clerk on duty", servedBy: "Served by", item: "Item", receiptTail: "Receipt ends in",
    VerySatisfied: "Very satisfied", Satisfied: "Satisfied", BasicallySatisfied: "Basically satisfied", Dissatisfied: "Dissatisfied", VeryDissatisfied: "Very dissatisfied",
    Attitude: "Attitude", Efficiency: "Efficiency", Result: "Result", aspects: "About (any)",
    comment: "Comment (optional, up to 200 characters)", named: "Rate by name: you may be called back", submit: "Submit", chooseLevel: "Choose a level first",
    thanks: "Thank you for your rating!", followUp: "We will call you back within one working day and tell you what was done.", followUpAnonymous: "We will look into it.",
    alreadyRated: "This matter has been rated. Thank you!", notClosed: "You can rate the matter once it is closed.",
    slipLink: "Once the matter is closed, rate the service at this address with the receipt number and progress code:",
    pairDevice: "Pair the rating device", pairHint: "Open this link on the citizen-facing tablet (shown once; pairing again revokes the old device):",
    workbench: "Director's workbench", badRatings: "Bad ratings", rectifications: "Bad ratings: call-back and rectification", none: "None",
    point: "Point", window: "Window", level: "Rating", statusCol: "Status", callBackDue: "Call back by", dueDate: "Rectify by", flag: "Flag",
    anonymous: "anonymous", namedShort: "named", history: "History", close: "Close",
    AwaitingCallBack: "Awaiting call-back", Verified: "Verified", Rectifying: "Rectifying", AwaitingFeedback: "Awaiting feedback", Appealed: "Appealed", Closed: "Closed", SetAside: "Set aside",
    CallBack: "Call back / verify", Resolve: "Decide measure", FinishRectification: "Rectification done", FeedBack: "Feed back", Appeal: "Appeal", DecideAppeal: "Decide appeal",
    reached: "The citizen was reached (required for a named rating)", findings: "Findings", measure: "Measure", note: "Note",
    AtOnce: "Rectified at once", WithDeadline: "Rectify by a deadline", Explained: "Explained", workingDays: "Working days", reason: "Reason",
    setAside: "Uphold (set the rating aside)", refuseAppeal: "Refuse the appeal", citizen: "Citizen", comment2: "Citizen's comment",
    Yellow: "yellow", Red: "red", None: "",
    ratingsToday: "Ratings today", ratingsCount: "Ratings", satisfaction: "Satisfaction", bad: "Bad",
  },
};

/** The rating screens' text for key. */
export const rt = (key) => texts[language()][key] ?? texts["zh-CN"][key] ?? key;

/** The five levels, best first, as the API names them. */
export const levels = ["VerySatisfied", "Satisfied", "BasicallySatisfied", "Dissatisfied", "VeryDissatisfied"];

/** The aspects a rating may be about. */
export const aspects = ["Attitude", "Efficiency", "Result"];
