// Texts of the search panel and the register (台帐) page, Chinese and English; anything else
// comes from the shared texts of js/i18n.js.
import { language, t } from "/js/i18n.js";

const texts = {
  "zh-CN": {
    search: "查找办件", searchAction: "查找", receiptNo: "回执号", applicantName: "申请人姓名", idTail: "身份证后四位",
    anyItem: "全部事项", anyStatus: "全部状态", anyWindow: "全部窗口", anyFlag: "全部", receivedFrom: "受理日期自", receivedTo: "至",
    flag: "督办标记", yellow: "黄牌预警", red: "红牌（超期）", openOnly: "仅在办", subtree: "含下级服务点", received: "受理时间",
    previous: "上一页", next: "下一页", page: "第{0}页", noMatters: "没有符合条件的办件", register: "台帐", registerTitle: "办件登记台帐",
    periodDay: "按日", periodMonth: "按月", period: "期间", show: "查看", exportCsv: "导出CSV", exportXlsx: "导出Excel", print: "打印",
    kind: "办件类型", materialsIn: "申报材料", promised: "承诺办结日期", completed: "办结日期", onTime: "是否按时办结",
    OnTime: "是", Late: "否（逾期办结）", Pending: "在办", Overdue: "否（已超期）", NoDeadline: "—", lines: "共{0}件", back: "返回工作台",
  },
  en: {
    search: "Find matters", searchAction: "Find", receiptNo: "Receipt no.", applicantName: "Applicant's name", idTail: "ID last 4",
    anyItem: "All items", anyStatus: "All statuses", anyWindow: "All windows", anyFlag: "Any", receivedFrom: "Taken in from", receivedTo: "to",
    flag: "Flag", yellow: "Yellow warning", red: "Red (overdue)", openOnly: "Open only", subtree: "With points below", received: "Taken in",
    previous: "Previous", next: "Next", page: "Page {0}", noMatters: "No matters match", register: "Register", registerTitle: "Register of matters",
    periodDay: "Day", periodMonth: "Month", period: "Period", show: "Show", exportCsv: "Export CSV", exportXlsx: "Export Excel", print: "Print",
    kind: "Kind", materialsIn: "Materials", promised: "Promised by", completed: "Completed", onTime: "On time?",
    OnTime: "Yes", Late: "No (late)", Pending: "Open", Overdue: "No (overdue)", NoDeadline: "—", lines: "{0} matters", back: "Back to the console",
  },
};

/** A text of these screens, else a shared one; {0} is replaced by the argument. */
export const rt = (key, arg) => (texts[language()][key] ?? t(key)).replace("{0}", arg ?? "");

/** Fills every element with data-rt="key" below root. */
export function applyReportTexts(root = document) {
  for (const el of root.querySelectorAll("[data-rt]")) el.textContent = rt(el.dataset.rt);
}
