// The URLs the pages build and follow. Every value placed in a path is one encoded segment (never
// "." or "..", which the browser would resolve); a page follows a URL it was given (?next=) only
// when it stays on this site.

/** A path whose interpolated values are each one encoded segment: path`/api/matters/${receipt}/history`. */
export function path(strings, ...values) {
  return strings.reduce((out, text, i) => out + text + (i < values.length ? segment(values[i]) : ""), "");
}

/** A path with a query string: withQuery("/public/catalog.html", { point: "510682101" }). */
export function withQuery(base, parameters) {
  const query = new URLSearchParams(Object.entries(parameters).filter(([, v]) => v !== undefined && v !== null)).toString();
  return query ? `${base}?${query}` : base;
}

function segment(value) {
  const text = String(value ?? "");
  if (text === "" || text === "." || text === "..") throw new Error(`Not a path segment: "${text}"`);
  return encodeURIComponent(text);
}

/**
 * The path, query and fragment of candidate when it is a path on this site ("/console.html?x=1"),
 * else null: "//host", "/\host", "https://host", "javascript:…", "data:…", relative paths and
 * anything with whitespace or control characters (which the URL parser drops, so "/\t/host" would
 * become "//host") and paths that resolve to "//host" ("/..//host") are refused. The one rule for
 * ?next= and for every link a page builds.
 */
export function localPath(candidate) {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.startsWith("//")) return null;
  if (/[\\\s\u0000-\u001f\u007f]/.test(candidate)) return null;
  let url;
  try { url = new URL(candidate, location.origin); } catch { return null; }
  // "/..//host" resolves to the path "//host", which a browser would follow as another host.
  if (url.origin !== location.origin || url.pathname.startsWith("//")) return null;
  return url.pathname + url.search + url.hash;
}
