// Every time on every screen in China time (Asia/Shanghai, UTC+8, no daylight saving), whatever the
// browser's own zone, and dates as the seeds write them: 2026年12月1日, 2026年12月1日 09:30.
// A day the server sends as "yyyy-MM-dd" (a deadline, a promised date) is a day in China already:
// it is reformatted, never turned into an instant (which would shift it in a browser west of UTC).
import { language } from "/js/i18n.js";

const zone = "Asia/Shanghai";
const englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: zone, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

/** The China-time calendar fields of an instant (ISO text, Date or milliseconds). */
export function chinaParts(instant) {
  const date = instant instanceof Date ? instant : new Date(instant);
  const parts = Object.fromEntries(partsFormat.formatToParts(date).filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

const two = (n) => String(n).padStart(2, "0");
const dayText = (year, month, day) => (language() === "en" ? `${day} ${englishMonths[month - 1]} ${year}` : `${year}年${month}月${day}日`);

/** A day ("2026-12-01") as the seeds write it: 2026年12月1日. */
export function formatDay(isoDay) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay ?? "");
  return m ? dayText(Number(m[1]), Number(m[2]), Number(m[3])) : "";
}

/** An instant in China time: 2026年12月1日 09:30. */
export function formatDateTime(instant) {
  if (!instant) return "";
  const p = chinaParts(instant);
  return `${dayText(p.year, p.month, p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** The clock of a hall display: 09:30:05 in China time. */
export function formatClock(instant = new Date()) {
  const p = chinaParts(instant);
  return `${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

/** Today in China as "yyyy-MM-dd" (the value of a date input). */
export function chinaToday(now = new Date()) {
  const p = chinaParts(now);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
