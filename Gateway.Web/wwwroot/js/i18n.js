// Texts of every screen in Chinese (default) and English. The choice is kept in localStorage.
import { formatDateTime } from "/js/china-time.js";

const texts = {
  "zh-CN": {
    appName: "便民服务网络", signIn: "登录", signOut: "退出", clerkId: "工号", password: "密码",
    changePassword: "修改密码", newPassword: "新密码", confirmPassword: "再次输入新密码", passwordsDiffer: "两次输入的新密码不一致",
    passwordChangeRequired: "管理员重置了您的密码：请设置新密码后继续。", sessionEndedNotice: "登录已失效，请重新登录：",
    console: "窗口工作台", monitor: "市级监控", hall: "大厅显示屏", catalog: "办事指南", progress: "办件查询",
    language: "English", point: "服务点", window: "窗口", item: "服务事项", items: "服务事项目录",
    name: "事项名称", conditions: "许可条件", legalBasis: "政策依据", procedure: "办事程序", materials: "申报材料",
    timeLimit: "服务时限", result: "办理结果", fee: "收费标准", workingDays: "个工作日", immediate: "即办",
    citizen: "申请人", citizenName: "姓名", residentId: "身份证号", phone: "手机号码", handedIn: "已收材料",
    takeIn: "受理", queue: "本窗口办件", receipt: "回执号", status: "状态", due: "办结期限", handler: "经办人",
    owner: "首问负责人", history: "办理记录", complete: "办结", returnMatter: "退回", reason: "理由",
    resultNote: "办理结果说明", supplement: "补齐材料", requestSupplement: "一次性告知补正", handUp: "上报代办",
    proxyAgent: "代办员", handBack: "退回下级", decide: "审批", approve: "准予", refuse: "不予", deliver: "送达",
    handOver: "移交", checkDeadlines: "检查期限", toClerk: "接收人工号", note: "备注", parts: "联办窗口", completePart: "本窗口办结", returnPart: "本窗口退回",
    primaryAway: "A岗外出", primaryBack: "A岗返回", onDuty: "在岗", printNotice: "打印一次性告知书", printSlip: "打印办件承诺单",
    noticeTitle: "一次性告知书", slipTitle: "办件承诺单", missing: "需补正材料", acceptedAt: "受理时间",
    dueDate: "承诺办结日期", provisional: "（暂定：该年度节假日安排尚未公布）", clerk: "经办人", sealHere: "（盖章）",
    askSupplementApproval: "申请再次告知（须负责人批准）", approveSupplement: "批准再次告知", refuseSupplement: "不予批准再次告知", extend: "延期", extendWorkingDays: "延期工作日数", extension: "已延期", pendingSupplement: "待批准的再次告知", pausedDays: "暂停计时", noticesIssued: "告知次数", SupplementApprovalAsked: "申请再次告知", SupplementApproved: "批准再次告知", SupplementRefused: "不予批准再次告知", DeadlineExtended: "延期",
    waitMinutes: "最长等候(分)", held: "转入待办",
    tree: "服务网络", load: "实时负荷", queueLen: "排队", open: "在办", dueSoon: "临期", overdue: "超期", handOffs: "代办在途",
    acceptedToday: "今日受理", closedToday: "今日办结", overdueList: "超期办件", intakeChart: "最近一小时受理与办结",
    serving: "正在办理", nobody: "—", lookup: "查询", notFound: "未找到该办件", networkError: "网络异常，请重试",
    progressCode: "查询码", proof: "查询码或身份证号", proofHint: "填写办件承诺单或一次性告知书上的8位查询码；没有查询码时，填写申请人完整的18位身份证号。",
    progressCodeNote: "凭回执号和查询码可在“办件查询”页面查询办理进度，请妥善保管。",
    lookupLocked: "该回执号查询错误次数过多，请15分钟后再试，或到服务窗口咨询。", tooManyRequests: "请求过于频繁，请稍后再试。",
    required: "必填", invalidId: "身份证号格式或校验位不正确", invalidPhone: "手机号应为以1开头的11位数字",
    saved: "已保存", selectMatter: "请选择一个办件", selectItem: "请选择服务事项", updatedLive: "实时更新",
    Immediate: "即办件", Promised: "承诺件", Joint: "联办件",
    AwaitingSupplement: "待补正", InProgress: "办理中", Completed: "已办结", Returned: "已退回", HandedUp: "已上报", ResultReady: "待送达",
    Open: "办理中", Cancelled: "已取消", City: "市", Township: "乡镇", Village: "村（社区）",
    Received: "登记", Accepted: "受理", MaterialsSupplied: "补交材料", SupplementRequested: "一次性告知补正", Resumed: "恢复计时",
    PassedUp: "上报", ReceivedFromBelow: "接收下级上报", ReceivedFromAbove: "接收上级退回", HandedBack: "退回下级",
    Decided: "审批", ResultRelayed: "结果下传", ResultArrived: "结果到达", Delivered: "送达", HandedOver: "移交",
    HandlerChanged: "AB岗切换", PartCompleted: "联办窗口办结", PartReturned: "联办窗口退回", FlaggedYellow: "黄牌预警", FlaggedRed: "红牌",
    PartFlaggedYellow: "窗口黄牌预警", PartFlaggedRed: "窗口红牌", DeadlineRecomputed: "期限重算",
  },
  en: {
    appName: "Convenience Service Network", signIn: "Sign in", signOut: "Sign out", clerkId: "Clerk ID", password: "Password",
    changePassword: "Change password", newPassword: "New password", confirmPassword: "New password again", passwordsDiffer: "The two new passwords differ",
    passwordChangeRequired: "An administrator reset your password: choose a new one to go on.", sessionEndedNotice: "Your session has ended; sign in again: ",
    console: "Clerk console", monitor: "City monitor", hall: "Hall display", catalog: "Service guide", progress: "Track a matter",
    language: "中文", point: "Service point", window: "Window", item: "Service item", items: "Service catalog",
    name: "Name", conditions: "Conditions", legalBasis: "Legal basis", procedure: "Procedure", materials: "Required materials",
    timeLimit: "Time limit", result: "Result", fee: "Fee", workingDays: " working days", immediate: "On the spot",
    citizen: "Applicant", citizenName: "Name", residentId: "Resident ID", phone: "Mobile", handedIn: "Materials handed in",
    takeIn: "Take in", queue: "Window queue", receipt: "Receipt no.", status: "Status", due: "Due", handler: "Handler",
    owner: "First-inquiry owner", history: "History", complete: "Complete", returnMatter: "Return", reason: "Reason",
    resultNote: "Result note", supplement: "Materials supplied", requestSupplement: "Request supplement", handUp: "Hand up",
    proxyAgent: "Proxy agent", handBack: "Hand back", decide: "Decide", approve: "Approve", refuse: "Refuse", deliver: "Deliver",
    handOver: "Hand over", checkDeadlines: "Check deadlines", toClerk: "To clerk ID", note: "Note", parts: "Joint windows", completePart: "Complete part", returnPart: "Return part",
    primaryAway: "A away", primaryBack: "A back", onDuty: "On duty", printNotice: "Print missing-materials notice", printSlip: "Print commitment slip",
    noticeTitle: "One-time notice of missing materials", slipTitle: "Commitment slip", missing: "Missing materials", acceptedAt: "Accepted at",
    dueDate: "Promised by", provisional: " (provisional: that year's holidays are not published yet)", clerk: "Clerk", sealHere: "(seal)",
    askSupplementApproval: "Ask for a further notice (director's approval)", approveSupplement: "Approve a further notice", refuseSupplement: "Refuse a further notice", extend: "Extend the limit", extendWorkingDays: "Working days to extend by", extension: "Extended", pendingSupplement: "Further notice awaiting approval", pausedDays: "Clock paused", noticesIssued: "notices", SupplementApprovalAsked: "Further notice asked", SupplementApproved: "Further notice approved", SupplementRefused: "Further notice refused", DeadlineExtended: "Limit extended",
    waitMinutes: "Longest wait (min)", held: "Held for work",
    tree: "Network", load: "Live load", queueLen: "Queue", open: "Open", dueSoon: "Due soon", overdue: "Overdue", handOffs: "Hand-offs",
    acceptedToday: "Taken in today", closedToday: "Closed today", overdueList: "Overdue matters", intakeChart: "Intake and completions, last hour",
    serving: "Serving", nobody: "—", lookup: "Look up", notFound: "No such matter", networkError: "Network failure: try again",
    progressCode: "Progress code", proof: "Progress code or resident ID", proofHint: "The 8-character progress code on the commitment slip or the notice; without one, the applicant's full 18-character resident ID number.",
    progressCodeNote: "Track this matter on the \"Track a matter\" page with the receipt number and this progress code. Keep it to yourself.",
    lookupLocked: "Too many wrong attempts for this receipt number: try again in 15 minutes or ask at the service point.", tooManyRequests: "Too many requests: try again shortly.",
    required: "Required", invalidId: "Resident ID format or check digit is wrong", invalidPhone: "A mobile number has 11 digits starting with 1",
    saved: "Saved", selectMatter: "Select a matter", selectItem: "Select a service item", updatedLive: "Live",
    Immediate: "Immediate", Promised: "Promised", Joint: "Joint",
    AwaitingSupplement: "Awaiting supplement", InProgress: "In progress", Completed: "Completed", Returned: "Returned", HandedUp: "Handed up", ResultReady: "Result ready",
    Open: "Open", Cancelled: "Cancelled", City: "City", Township: "Township", Village: "Village",
    Received: "Received", Accepted: "Accepted", MaterialsSupplied: "Materials supplied", SupplementRequested: "Supplement requested", Resumed: "Clock resumed",
    PassedUp: "Passed up", ReceivedFromBelow: "Received from below", ReceivedFromAbove: "Received from above", HandedBack: "Handed back",
    Decided: "Decided", ResultRelayed: "Result relayed", ResultArrived: "Result arrived", Delivered: "Delivered", HandedOver: "Handed over",
    HandlerChanged: "A/B switch", PartCompleted: "Part completed", PartReturned: "Part returned", FlaggedYellow: "Yellow warning", FlaggedRed: "Red flag",
    PartFlaggedYellow: "Part yellow warning", PartFlaggedRed: "Part red flag", DeadlineRecomputed: "Deadline recomputed",
  },
};

export const language = () => localStorage.getItem("lang") === "en" ? "en" : "zh-CN";

export const t = (key) => texts[language()][key] ?? texts["zh-CN"][key] ?? key;

/** Fills every element with data-i18n="key" and sets the page language. */
export function applyTexts(root = document) {
  document.documentElement.lang = language();
  for (const el of root.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
}

export function toggleLanguage() {
  localStorage.setItem("lang", language() === "en" ? "zh-CN" : "en");
  location.reload();
}

/** An instant in China time, as the seeds write dates (js/china-time.js), whatever the browser's zone. */
export const formatDate = (iso) => formatDateTime(iso);
