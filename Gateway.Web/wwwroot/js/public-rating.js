// The rating of a closed matter (一事一评) on the public progress page, and the page's ?receipt=
// (the slip's printed link names the receipt number, never the code). Once the lookup has shown the
// matter, this asks the rating grain, with the same proof, whether the matter may be rated now; the
// grain decides (closed, not yet rated) and refuses a signed-in staff account or a second rating.
import { api, showProblem } from "/js/api.js";
import { h } from "/js/dom.js";
import { path } from "/js/url.js";
import { rt } from "/js/rating-texts.js";
import { ratingForm, thanks } from "/js/rating-form.js";

const lookup = document.getElementById("lookup");
const result = document.getElementById("result");
const section = document.getElementById("rating");
const query = new URLSearchParams(location.search);
const channel = query.get("channel") === "slip" ? "Slip" : "ProgressPage";
if (query.get("receipt") && !lookup.receiptNumber.value) lookup.receiptNumber.value = query.get("receipt");

function proofOf(text) {
  const compact = text.replace(/[\s-]/g, "");
  return compact.length === 18 ? { residentId: compact } : { code: text.trim() };
}

async function offerRating() {
  section.hidden = true;
  if (result.hidden) return;
  const receipt = lookup.receiptNumber.value.trim();
  const proof = proofOf(lookup.proof.value);
  let chance;
  try {
    chance = await api(path`/public/ratings/${receipt}/opportunity`, { method: "POST", body: proof });
  } catch {
    return;
  }
  if (!chance.canRate) {
    section.replaceChildren(h("p", { class: "muted" }, rt(chance.alreadyRated ? "alreadyRated" : "notClosed")));
    section.hidden = false;
    return;
  }
  section.replaceChildren(ratingForm({
    prompt: rt("rateWhole"),
    onSubmit: async (choice, form) => {
      try {
        const answer = await api(path`/public/ratings/${receipt}`, { method: "POST", body: { ...proof, ...choice, channel } });
        section.replaceChildren(thanks(answer));
      } catch (error) {
        showProblem(form, error);
      }
    },
  }));
  section.hidden = false;
}

// The lookup's result is shown by public-progress.js; rate once it is visible.
new MutationObserver(offerRating).observe(result, { attributes: true, attributeFilter: ["hidden"], childList: true });
