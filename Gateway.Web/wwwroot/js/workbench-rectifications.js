// The workbench's panel of bad ratings (差评整改): the rectifications of the point and the points
// below it with their deadlines and flags, updated live ("rectification" messages carry no personal
// data; the list and the chosen case are read again). A chosen case shows its fields, its history
// and one form per action its view allows this director now (the grain decides which).
import { api, showProblem } from "/js/api.js";
import { submit } from "/js/submission.js";
import { h } from "/js/dom.js";
import { path, withQuery } from "/js/url.js";
import { formatDate } from "/js/i18n.js";
import { rt } from "/js/rating-texts.js";

export async function mount(section, { pointCode, on, onReconnect }) {
  const body = h("tbody", { id: "rectification-rows" });
  const detail = h("div", { id: "rectification-detail" });
  section.replaceChildren(
    h("h2", {}, rt("rectifications"), " ", h("span", { class: "muted", id: "rectification-count" })),
    h("table", { id: "rectifications" },
      h("thead", {}, h("tr", {}, ["point", "window", "item", "level", "statusCol", "callBackDue", "dueDate", "flag"].map((k) => h("th", {}, rt(k))))),
      body),
    detail);
  let chosen = null;

  async function load() {
    const rows = await api(withQuery("/api/rectifications", { pointCode, openOnly: "true" }));
    document.getElementById("rectification-count").textContent = String(rows.length);
    body.replaceChildren(...(rows.length ? rows.map(row) : [h("tr", {}, h("td", { colspan: "8", class: "muted" }, rt("none")))]));
  }

  function row(r) {
    const tr = h("tr", { "data-id": r.id, class: `flag-${r.flag}${r.id === chosen ? " selected" : ""}` },
      h("td", {}, r.pointCode), h("td", {}, r.windowId), h("td", {}, r.itemName),
      h("td", {}, h("span", { class: `badge level-${r.level}` }, rt(r.level)), " ", h("span", { class: "muted" }, rt(r.named ? "namedShort" : "anonymous"))),
      h("td", {}, rt(r.status)), h("td", {}, r.callBackDue), h("td", {}, r.dueDate ?? ""), h("td", {}, rt(r.flag)));
    tr.onclick = () => { chosen = r.id; show(); load(); };
    return tr;
  }

  const caseUrl = (id, suffix = "") => {
    const [receipt, occasion] = id.split("/");
    return path`/api/rectifications/${receipt}/${occasion}` + suffix;
  };

  async function show() {
    if (!chosen) { detail.replaceChildren(); return; }
    const [view, history] = await Promise.all([api(caseUrl(chosen)), api(caseUrl(chosen, "/history"))]);
    const field = (key, value) => (value === null || value === undefined || value === "" ? [] : [h("dt", {}, rt(key)), h("dd", {}, value)]);
    detail.replaceChildren(
      h("h3", {}, `${view.itemName} · ${rt(view.level)} · ${rt(view.status)}`),
      h("dl", { class: "fields" },
        field("point", `${view.pointCode} ${view.windowId} ${view.clerkId}`),
        field("comment2", view.comment),
        field("citizen", view.citizenName ? `${view.citizenName} ${view.citizenPhone ?? ""}` : null),
        field("callBackDue", view.callBackDue), field("dueDate", view.dueDate), field("findings", view.findings),
        field("measure", view.measure ? `${rt(view.measure)} ${view.measureNote ?? ""}` : null),
        field("reason", view.appealReason)),
      ...view.allowedActions.map((action) => actionForm(view, action)),
      h("h3", {}, rt("history")),
      h("ol", { class: "history" }, history.map((e) => h("li", {}, `${formatDate(e.occurredAt)} ${e.actorId} ${e.action} ${e.detail ?? ""}`))));
  }

  function actionForm(view, action) {
    const text = (name, label) => [h("label", {}, rt(label)), h("textarea", { name, rows: "2" }), h("div", { class: "field-error", "data-for": name })];
    const fields = {
      CallBack: () => [h("div", { class: "checklist" }, h("label", { class: "check" }, h("input", { type: "checkbox", name: "reached" }), " ", rt("reached"))), ...text("findings", "findings")],
      Resolve: () => [
        h("label", {}, rt("measure")),
        h("select", { name: "measure" }, ["AtOnce", "WithDeadline", "Explained"].map((m) => h("option", { value: m }, rt(m)))),
        h("label", {}, rt("workingDays")), h("input", { name: "workingDays", type: "number", min: "1" }),
        h("div", { class: "field-error", "data-for": "workingDays" }), ...text("note", "note")],
      FinishRectification: () => text("note", "note"),
      FeedBack: () => text("note", "note"),
      Appeal: () => text("reason", "reason"),
      DecideAppeal: () => [
        h("select", { name: "setAside" }, h("option", { value: "true" }, rt("setAside")), h("option", { value: "false" }, rt("refuseAppeal"))),
        ...text("reason", "reason")],
    }[action];
    const routes = { CallBack: "/call-back", Resolve: "/resolve", FinishRectification: "/finish", FeedBack: "/feedback", Appeal: "/appeal", DecideAppeal: "/decide-appeal" };
    if (!fields) return null;
    const form = h("form", { class: "card action", "data-action": action, novalidate: true },
      h("h3", {}, rt(action)), fields(), h("div", { class: "notice" }), h("div", { class: "actions" }, h("button", { type: "submit" }, rt(action))));
    form.onsubmit = async (e) => {
      e.preventDefault();
      const value = (name) => form.elements[name]?.value ?? null;
      const bodies = {
        CallBack: () => ({ reached: form.elements.reached.checked, findings: value("findings") }),
        Resolve: () => ({ measure: value("measure"), note: value("note"), workingDays: value("measure") === "WithDeadline" && value("workingDays") ? Number(value("workingDays")) : null }),
        FinishRectification: () => ({ note: value("note") }),
        FeedBack: () => ({ note: value("note") }),
        Appeal: () => ({ reason: value("reason") }),
        DecideAppeal: () => ({ setAside: value("setAside") === "true", reason: value("reason") }),
      };
      try {
        await submit(`${view.id}/${action}`, caseUrl(view.id, routes[action]), { body: bodies[action]() });
        await Promise.all([show(), load()]);
      } catch (error) {
        showProblem(form, error);
      }
    };
    return form;
  }

  on("rectification", (batch) => {
    load();
    if (chosen && batch.some((m) => m.id === chosen)) show();
  });
  onReconnect(() => { load(); show(); });
  await load();
}
