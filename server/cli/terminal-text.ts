// Text from files shown on a terminal: control characters (escape sequences that move the cursor,
// clear the screen or recolour it, line breaks that start a fake line) and direction overrides are
// shown as visible \u escapes, so a file cannot rewrite what the terminal says.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
