// What the handbook (办事指南手册) and the sample form (示范文本) draw the same way: an item's
// eight public fields with its window, hours and contact, and its flow chart — boxes in the
// order the server generated them from the item's kind and procedure (受理 → 代办上报 → 审核 → 办结).
import { h } from "/js/dom.js";

const tierNames = { City: "市", Township: "乡镇", Village: "村（社区）" };
const kindNames = { Immediate: "即办件", Promised: "承诺件", Joint: "联办件" };

export const limitText = (item) => (item.timeLimitWorkingDays === 0 ? "即办（当场办结）" : `${item.timeLimitWorkingDays}个工作日`);

/** The eight public fields (八公开) and the point's own details of one item. */
export function itemFields(item, windowName) {
  const pair = (label, value) => (value ? [h("dt", {}, label), h("dd", {}, value)] : null);
  return h("dl", { class: "fields" },
    pair("事项编码", item.code ?? ""),
    pair("许可条件", item.conditions),
    pair("政策依据", item.legalBasis),
    pair("办事程序", item.procedure),
    pair("申报材料", item.requiredMaterials.join("、")),
    pair("服务时限", limitText(item)),
    pair("办理结果", item.result),
    pair("收费标准", item.fee),
    pair("办件类型", `${kindNames[item.kind] ?? item.kind}，${tierNames[item.decidingTier] ?? item.decidingTier}级决定`),
    pair("受理窗口", windowName),
    pair("办公时间", item.hours),
    pair("咨询电话", item.contact),
    pair("版本", item.version ? `第${item.version}版，${item.effectiveFrom ?? ""}起施行` : null));
}

/** The flow chart of an item: one box per step, arrows between. */
export function flowChart(flow) {
  const parts = [];
  flow.forEach((step, i) => {
    if (i > 0) parts.push(h("span", { class: "arrow", "aria-hidden": "true" }, "→"));
    parts.push(h("div", { class: `box ${step.kind}`, "data-kind": step.kind }, step.label, h("span", { class: "where" }, step.where)));
  });
  return h("div", { class: "flow", role: "img", "aria-label": flow.map((s) => s.label).join(" → ") }, parts);
}
