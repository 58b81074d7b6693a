// Shared by the diagnostic scripts: cases grouped by a guessed cause, printed largest group first.
export class Grouped {
  private readonly groups = new Map<string, string[]>();
  add(key: string, lines: string[]): void {
    const list = this.groups.get(key) ?? [];
    list.push(lines.join('\n'));
    this.groups.set(key, list);
  }
  private sorted(): [string, string[]][] {
    return [...this.groups].sort((x, y) => y[1].length - x[1].length);
  }
  /** Each group with its cases. */
  print(): void {
    for (const [k, v] of this.sorted()) {
      console.log(`\n## ${k} (${v.length})`);
      for (const x of v) console.log(x);
    }
  }
  /** One line per group: its size. */
  printCounts(): void {
    for (const [k, v] of this.sorted()) console.log(`  ${k}: ${v.length}`);
  }
}
