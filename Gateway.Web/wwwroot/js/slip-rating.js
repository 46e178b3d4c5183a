// The slip's rating link (好差评): where the citizen rates the matter once it is closed, with the
// receipt number and the progress code printed above (the code is not in the link).
import { h } from "/js/dom.js";
import { withQuery } from "/js/url.js";
import { rt } from "/js/rating-texts.js";

const receipt = new URLSearchParams(location.search).get("receipt");
if (receipt) {
  const link = withQuery("/public/progress.html", { receipt, channel: "slip" });
  document.getElementById("slip-rating").replaceChildren(
    h("p", {}, rt("slipLink")),
    h("p", {}, h("a", { href: link, id: "rating-link" }, location.origin + link)));
}
