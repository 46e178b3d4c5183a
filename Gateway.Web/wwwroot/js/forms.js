// A form written in the page keeps its submit buttons disabled (in the HTML) until its script has
// wired it: a click or Enter before that would submit the form natively, a GET that puts its fields
// (names, ID numbers, phone numbers, passwords) in the address, the server's log and the browser's
// history. The script calls this right after it set the form's submit handler.
export function wired(...forms) {
  for (const form of forms) {
    for (const button of form.querySelectorAll("button[type=submit]")) button.disabled = false;
  }
}
