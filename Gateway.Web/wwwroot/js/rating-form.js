// The citizen's rating form (好差评), shared by the rating device and the progress page: five large
// level buttons, the aspects, an optional comment and 实名. It only collects the choice; the page
// sends it, and the grain decides everything (including refusing staff and a second rating).
import { h } from "/js/dom.js";
import { rt, levels, aspects } from "/js/rating-texts.js";

/** A rating form; onSubmit(choice, form) receives { level, aspects, comment, named }. */
export function ratingForm({ prompt, onSubmit }) {
  let chosen = null;
  const buttons = levels.map((level) => {
    const b = h("button", { type: "button", class: `rating-level ${level}`, "data-level": level, "aria-pressed": "false" }, rt(level));
    b.onclick = () => {
      chosen = level;
      for (const other of buttons) other.setAttribute("aria-pressed", String(other === b));
    };
    return b;
  });
  const aspectBoxes = aspects.map((a) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "aspects", value: a }), " ", rt(a)));
  const comment = h("textarea", { name: "comment", maxlength: "200", rows: "2" });
  const named = h("input", { type: "checkbox", name: "named" });
  const notice = h("div", { class: "notice" });
  const submit = h("button", { type: "submit", class: "rating-submit" }, rt("submit"));
  const form = h("form", { class: "rating-form", novalidate: true },
    h("h2", {}, prompt),
    h("div", { class: "rating-levels", "data-field": "level" }, buttons),
    h("div", { class: "field-error", "data-for": "level" }),
    h("label", {}, rt("aspects")), h("div", { class: "checklist" }, aspectBoxes),
    h("label", {}, rt("comment")), comment,
    h("div", { class: "field-error", "data-for": "comment" }),
    h("div", { class: "checklist" }, h("label", { class: "check" }, named, " ", rt("named"))),
    notice,
    h("div", { class: "actions" }, submit));
  form.onsubmit = async (e) => {
    e.preventDefault();
    if (!chosen) {
      notice.className = "notice error";
      notice.textContent = rt("chooseLevel");
      return;
    }
    submit.disabled = true;
    try {
      await onSubmit({
        level: chosen,
        aspects: [...form.querySelectorAll("input[name=aspects]:checked")].map((i) => i.value),
        comment: comment.value.trim() || null,
        named: named.checked,
      }, form);
    } finally {
      submit.disabled = false;
    }
  };
  return form;
}

/** The thanks shown after a rating: a bad one is followed up (called back when named). */
export const thanks = (receipt) =>
  h("div", { class: "rating-thanks" }, h("h2", {}, rt("thanks")),
    receipt.followedUp ? h("p", {}, rt(receipt.callBack ? "followUp" : "followUpAnonymous")) : null);
