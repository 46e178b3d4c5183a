// Texts of the statistics page and the monitor's history, Chinese and English; anything else comes
// from the shared texts of js/i18n.js.
import { language, t } from "/js/i18n.js";

const texts = {
  "zh-CN": {
    statistics: "统计分析", statisticsTitle: "办件统计", back: "返回", show: "查看", period: "统计周期", day: "日期", by: "分组",
    subtree: "含下级服务点", anyWindow: "全部窗口",
    periodDay: "日", periodWeek: "周", periodMonth: "月", periodQuarter: "季", periodYear: "年",
    byNone: "不分组", byPoint: "按服务点", byWindow: "按窗口", byItem: "按事项", byClerk: "按人员", byDay: "按日",
    received: "收件", accepted: "受理", completed: "办结", onTime: "按时办结", onTimeRate: "按时办结率", late: "逾期办结", overdue: "超期",
    returned: "退回", supplements: "补正告知", handedUp: "代办上报", joint: "联办", averageDays: "平均用时(工作日)", p90Days: "90%用时(工作日)",
    ratings: "评价", satisfaction: "满意率", bad: "差评", complaints: "投诉", upheld: "投诉属实", tickets: "取号", averageWait: "平均等候(分钟)", p90Wait: "90%等候(分钟)",
    feeReceipts: "收费笔数", feesCollected: "收费金额(元)", feesRefunded: "退费金额(元)", appointments: "预约", appointmentsCheckedIn: "预约签到", appointmentsNoShow: "预约爽约", vacantPosts: "空岗",
    previous: "上期", change: "环比", name: "名称", closed: "办结(含退回)", byDayChart: "每日收件与办结", rowsChart: "分组对比",
    workingDays: "工作日 {0} 天", returnReasons: "退回原因", noRows: "本期没有数据", narrow: "点击服务点可下钻",
    history: "历史趋势", todayByHour: "今日每小时收件与办结", lastDays: "近{0}日收件与办结", below: "今日下级（点击下钻）", up: "返回上级",
  },
  en: {
    statistics: "Statistics", statisticsTitle: "Statistics of matters", back: "Back", show: "Show", period: "Period", day: "Day", by: "Rows by",
    subtree: "With points below", anyWindow: "All windows",
    periodDay: "Day", periodWeek: "Week", periodMonth: "Month", periodQuarter: "Quarter", periodYear: "Year",
    byNone: "No rows", byPoint: "Point", byWindow: "Window", byItem: "Item", byClerk: "Clerk", byDay: "Day",
    received: "Taken in", accepted: "Accepted", completed: "Completed", onTime: "On time", onTimeRate: "On-time rate", late: "Late", overdue: "Overdue",
    returned: "Returned", supplements: "Supplement notices", handedUp: "Handed up", joint: "Joint", averageDays: "Avg working days", p90Days: "P90 working days",
    ratings: "Ratings", satisfaction: "Satisfaction", bad: "Bad ratings", complaints: "Complaints", upheld: "Upheld", tickets: "Tickets", averageWait: "Avg wait (min)", p90Wait: "P90 wait (min)",
    feeReceipts: "Fee receipts", feesCollected: "Fees collected (yuan)", feesRefunded: "Fees refunded (yuan)", appointments: "Appointments", appointmentsCheckedIn: "Checked in", appointmentsNoShow: "No-shows", vacantPosts: "Vacant posts",
    previous: "Previous", change: "Change", name: "Name", closed: "Closed", byDayChart: "Taken in and closed per day", rowsChart: "Rows compared",
    workingDays: "{0} working days", returnReasons: "Reasons for returns", noRows: "No figures in this period", narrow: "Click a point to drill down",
    history: "History", todayByHour: "Today by hour: taken in and closed", lastDays: "Last {0} days: taken in and closed", below: "Today below (click to drill down)", up: "Up",
  },
};

/** A text of these screens, else a shared one; {0} is replaced by the argument. */
export const st = (key, arg) => (texts[language()][key] ?? t(key)).replace("{0}", arg ?? "");

/** Fills every element with data-st="key" below root. */
export function applyStatisticsTexts(root = document) {
  for (const el of root.querySelectorAll("[data-st]")) el.textContent = st(el.dataset.st);
}
