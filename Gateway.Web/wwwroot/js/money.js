// Money on the screens: amounts arrive as integer fen (分) and are shown as yuan with two decimals by
// integer and string arithmetic only: never a division that yields a floating point number.

/** "123.45" from 12345 fen; "-0.05" from -5. */
export function yuan(fen) {
  const value = BigInt(fen);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Whole fen from a yuan text the clerk typed ("12", "12.3", "12.30"); null when it is not an amount. */
export function fenOf(text) {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text ?? "");
  if (!match) return null;
  return Number(BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0")));
}
