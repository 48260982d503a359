/**
 * The items of a JSON array, as text, while the text is still arriving: a large data file
 * is then parsed a few hundred items at a time as it downloads, in short tasks, instead of
 * in one `JSON.parse` of the whole file after its last byte. Only the array's structure is
 * looked at here (brackets, commas, strings); each item is checked by `JSON.parse` later.
 */

const enum Phase {
  Before,
  Items,
  After,
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

export class JsonArraySplitter {
  private phase = Phase.Before;
  /** Nesting depth inside the current item. */
  private depth = 0;
  private inString = false;
  /** Characters of the next chunk already scanned (the one escaped by a backslash that ended the last chunk). */
  private skip = 0;
  /** The current item's text from earlier chunks. */
  private parts: string[] = [];
  /** Items so far, to tell `[]` from a trailing comma. */
  private count = 0;

  /** Adds the next piece of text; returns the texts of the items it completed, in order. */
  push(chunk: string): string[] {
    const items: string[] = [];
    const { length } = chunk;
    let i = this.skip;
    let start = 0;
    // Where the next backslash and quote are: -2 until looked for, -1 when there is none.
    let backslash = -2;
    let quote = -2;
    while (i < length) {
      if (this.inString) {
        if (quote !== -1 && quote < i) quote = chunk.indexOf('"', i);
        if (backslash !== -1 && backslash < i) backslash = chunk.indexOf('\\', i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          i = backslash + 2;
          continue;
        }
        if (quote === -1) {
          i = length;
          break;
        }
        this.inString = false;
        i = quote + 1;
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (this.phase === Phase.Items) {
        if (code === 34) this.inString = true;
        else if (code === 123 || code === 91) this.depth++;
        else if (code === 125 || code === 93) {
          if (this.depth) this.depth--;
          else if (code === 125) throw new SyntaxError('unexpected "}" between the items of the array');
          else {
            const first = !this.count;
            const last = this.take(chunk, start, i);
            // `[]` has no items; `[1,]` has an empty one (and JSON.parse will say so).
            if (!first || last.trim()) items.push(last);
            this.phase = Phase.After;
          }
        } else if (code === 44 && !this.depth) {
          items.push(this.take(chunk, start, i));
          start = i + 1;
        }
      } else if (!isSpace(code)) {
        if (this.phase === Phase.After) throw new SyntaxError('unexpected text after the end of the array');
        if (code !== 91) throw new SyntaxError('expected an array');
        this.phase = Phase.Items;
        start = i + 1;
      }
      i++;
    }
    this.skip = i - length;
    if (this.phase === Phase.Items && start < length) this.parts.push(chunk.slice(start));
    return items;
  }

  /** The text has ended: throws a SyntaxError when the array was not closed. */
  end(): void {
    if (this.phase !== Phase.After) throw new SyntaxError(this.phase === Phase.Before ? 'no JSON array' : 'the text ended before the array was closed');
  }

  private take(chunk: string, start: number, end: number): string {
    this.count++;
    const text = chunk.slice(start, end);
    if (!this.parts.length) return text;
    this.parts.push(text);
    const whole = this.parts.join('');
    this.parts = [];
    return whole;
  }
}
