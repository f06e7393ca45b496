// Checks of a JSON body's raw bytes, run by express.json's `verify` before it parses them: bytes
// that are not UTF-8 (decoding would turn them silently into U+FFFD) and an object that names one
// key twice (JSON.parse keeps the last, so the writer and the reader of the body may disagree).

export class BodyCheckError extends Error {
  readonly type = 'body.check.failed';
  readonly status = 400;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function verifyJsonBody(_req: unknown, _res: unknown, raw: Buffer, encoding: string): void {
  if (!/^utf-?8$/i.test(encoding)) return;
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new BodyCheckError('the request body is not valid UTF-8');
  }
  const repeated = repeatedKey(text);
  if (repeated !== undefined) throw new BodyCheckError(`the request body names the key ${JSON.stringify(repeated)} twice in one object`);
}

/**
 * The first key that appears twice in one object of `text`, comparing keys as JSON reads them
 * (`"a"` and `"\u0061"` are one key). A scan of the tokens that matter (strings, braces, brackets,
 * commas and colons); malformed JSON is left for the parser to refuse.
 */
export function repeatedKey(text: string): string | undefined {
  const stack: { keys: Set<string> | undefined; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return undefined;
        }
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: undefined, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return undefined;
}
