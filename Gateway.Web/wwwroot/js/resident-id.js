// GB 11643 check of a resident ID number, as the form is typed (the server checks again).
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checks = "10X98765432";

export function residentIdProblem(id) {
  if (!/^\d{17}[\dXx]$/.test(id)) return "format";
  const birth = id.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll("-", "") !== birth) return "birth";
  const sum = [...id.slice(0, 17)].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  return checks[sum % 11] === id[17].toUpperCase() ? null : "check";
}
