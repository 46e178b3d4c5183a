// Texts of the assessment (考核), 通报 and public quarterly publication (办结公告) pages, Chinese and
// English; anything else comes from the shared texts of js/i18n.js.
import { language, t } from "/js/i18n.js";

const texts = {
  "zh-CN": {
    assessmentTitle: "服务指数考核", bulletinTitle: "服务指数月度通报", publicationTitle: "办结公告", month: "月份", show: "查看", print: "打印",
    points: "服务点", windows: "窗口", clerks: "工作人员", name: "名称", received: "受理", completed: "办结", onTimeRate: "按时办结率",
    avgDays: "平均用时（工作日）", returned: "退回", satisfaction: "满意率", badRatings: "差评", upheld: "投诉属实", accountability: "责任追究",
    overdue: "超期", vacantPosts: "空岗", efficiency: "效率", quality: "质量", performance: "绩效", deductions: "扣分", index: "服务指数",
    townshipRank: "乡镇内排名", cityRank: "全市排名", notRanked: "未排名", publish: "发布本月通报", published: "已发布通报 {0}",
    viewBulletin: "查看通报", monthOpen: "本月尚未结束，月末后可发布通报。", draft: "草稿（实时计算，发布后固定）",
    candidates: "文明窗口、先进个人候选", quarter: "季度", quarterN: "第{0}季度", select: "评选", modelWindows: "文明窗口候选",
    modelClerks: "先进个人候选", passedOver: "一票否决", "veto.accountability": "本季度有诫勉或通报批评", "veto.complaintUpheld": "本季度有投诉属实",
    rank: "名次", none: "无", weights: "计分办法", publicationLink: "办结公告", bulletins: "已发布的通报", noBulletins: "尚未发布通报",
    publishedAt: "发布时间", publishedBy: "发布人", assessmentLink: "服务指数考核", back: "返回",
    item: "服务事项", onTime: "按时办结", rated: "评价数", total: "合计", period: "统计期间", asOf: "（季度未结束）",
    supervisionPhone: "投诉监督电话", noMatters: "本季度无办件", yearQuarter: "{0}年第{1}季度",
    formula: "服务指数 = 效率 {0} 分（按时办结率占 {1}，平均用时 {2} 个工作日为 0 分）+ 质量 {3} 分（按退回率扣减；投诉属实每件扣 {4} 分，差评每件扣 {5} 分）+ 绩效 {6} 分（办件量占 {7}，与同类最多者相比；其余为满意率）− 扣分（提醒 {8}、诫勉 {9}、通报批评 {10}、超期每件 {11}、空岗每次 {12}）。办结不足 {13} 件不排名。",
  },
  en: {
    assessmentTitle: "Service index assessment", bulletinTitle: "Monthly service index bulletin", publicationTitle: "Quarterly publication", month: "Month", show: "Show", print: "Print",
    points: "Points", windows: "Windows", clerks: "Clerks", name: "Name", received: "Taken in", completed: "Completed", onTimeRate: "On-time rate",
    avgDays: "Avg working days", returned: "Returned", satisfaction: "Satisfaction", badRatings: "Bad ratings", upheld: "Complaints upheld", accountability: "Accountability",
    overdue: "Overdue", vacantPosts: "Vacant posts", efficiency: "Efficiency", quality: "Quality", performance: "Performance", deductions: "Deductions", index: "Index",
    townshipRank: "Rank in township", cityRank: "Rank in city", notRanked: "not ranked", publish: "Publish this month's bulletin", published: "Bulletin {0} published",
    viewBulletin: "Open bulletin", monthOpen: "The month is not over; the bulletin can be published after it ends.", draft: "Draft (computed now, fixed once published)",
    candidates: "Model window and model clerk candidates", quarter: "Quarter", quarterN: "Q{0}", select: "Select", modelWindows: "Model windows",
    modelClerks: "Model clerks", passedOver: "Ruled out", "veto.accountability": "admonition or notice this quarter", "veto.complaintUpheld": "complaint upheld this quarter",
    rank: "Rank", none: "None", weights: "Scoring", publicationLink: "Quarterly publication", bulletins: "Published bulletins", noBulletins: "No bulletin published yet",
    publishedAt: "Published", publishedBy: "By", assessmentLink: "Assessment", back: "Back",
    item: "Service item", onTime: "On time", rated: "Ratings", total: "Total", period: "Period", asOf: " (quarter not over)",
    supervisionPhone: "Complaint and supervision phone", noMatters: "No matters this quarter", yearQuarter: "{0} Q{1}",
    formula: "Index = efficiency {0} (on-time share {1}; {2} working days on average scores 0) + quality {3} (less the return rate; {4} per upheld complaint, {5} per bad rating) + performance {6} (volume share {7} against the busiest peer; the rest satisfaction) − deductions (reminder {8}, admonition {9}, notice {10}, {11} per overdue matter, {12} per vacant post). Fewer than {13} completed: not ranked.",
  },
};

/** A text of these screens, else a shared one; {0}, {1}, … are replaced by the arguments. */
export const at = (key, ...args) => args.reduce((text, arg, i) => text.replaceAll(`{${i}}`, arg ?? ""), texts[language()][key] ?? t(key));

/** Fills every element with data-at="key" below root. */
export function applyAssessmentTexts(root = document) {
  for (const el of root.querySelectorAll("[data-at]")) el.textContent = at(el.dataset.at);
}

/** A rate 0–1 as a percentage with one decimal, or "—". */
export const percent = (rate) => (rate === null || rate === undefined ? "—" : `${(Number(rate) * 100).toFixed(1)}%`);

/** The formula as a sentence from the weights the server applied. */
export const formulaText = (w) => at("formula", w.efficiency, w.onTimeShare, w.referenceWorkingDays, w.quality, w.perComplaintUpheld, w.perBadRating,
  w.performance, w.volumeShare, w.perReminder, w.perAdmonition, w.perNotice, w.perOverdue, w.perVacantPost, w.minimumCompletedToRank);
