// Builds the pages' elements from data without ever parsing data as HTML: every string or number
// child becomes a text node, attributes are set one by one with setAttribute, styles through the
// CSSOM (allowed by the Content-Security-Policy, unlike style attributes in markup), event handler
// attributes are refused and links may only point into this site. Every page builds its dynamic
// parts with h() (HTML) and svg() (SVG); none assigns innerHTML.
import { localPath } from "/js/url.js";

const svgNamespace = "http://www.w3.org/2000/svg";
const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href"]);

/** An HTML element: h("td", { class: "num" }, value, h("span", {}, more)). */
export const h = (tag, attributes, ...children) => build(document.createElement(tag), attributes, children);

/** An SVG element. */
export const svg = (tag, attributes, ...children) => build(document.createElementNS(svgNamespace, tag), attributes, children);

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`dom: event handler attribute ${name} refused; assign the handler in code`);
    if (name === "style") { Object.assign(element.style, value); continue; }
    if (urlAttributes.has(name.toLowerCase()) && localPath(String(value)) === null) throw new Error(`dom: ${name} must be a local path`);
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return element;
}
