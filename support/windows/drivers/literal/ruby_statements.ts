import { spawnSync } from 'node:child_process';
import { SettingError } from '../../../server/settings';

/** How Ruby groups a block's lines: each statement's first and last line (indices into the block's lines), and a statement left open at its end. */
export interface RubyGrouping {
  readonly statements: ReadonlyArray<readonly [number, number]>;
  /** The first line of a statement the block never completes, and Ruby's own complaint about it. */
  readonly open: readonly [number, string] | undefined;
}

/**
 * irb's rule, with Ruby's own parser (Ripper): a line that leaves an expression open is continued
 * by the next; once what was typed parses, it is a statement. Blocks are given as their lines,
 * without the prompts the document shows; one Ruby process reads them all.
 */
const script = String.raw`
require 'ripper'
require 'json'
class Complaint < Ripper
  attr_reader :complaint
  def on_parse_error(message) = (@complaint ||= message)
  def compile_error(message) = (@complaint ||= message)
end
groupings = JSON.parse($stdin.read).map do |lines|
  statements = []
  first = nil
  code = +''
  lines.each_with_index do |line, index|
    first ||= index
    code << line << "\n"
    next if Ripper.sexp(code).nil?
    statements << [first, index]
    first = nil
    code = +''
  end
  open = first && [first, (Complaint.new(code).tap(&:parse).complaint || 'incomplete').to_s]
  { statements: statements, open: open }
end
print JSON.generate(groupings)
`;

export function rubyStatements(blocks: ReadonlyArray<readonly string[]>): RubyGrouping[] {
  if (blocks.length === 0) return [];
  const run = spawnSync('ruby', ['--disable-gems', '-e', script], { input: JSON.stringify(blocks), encoding: 'utf8', timeout: 30000 });
  if (run.error || run.status !== 0) {
    const reason = run.error ? ((run.error as NodeJS.ErrnoException).code ?? run.error.message) : run.stderr.trim().split('\n')[0];
    throw new SettingError(
      `reading the tutorial's irb blocks needs ruby, whose parser splits them into statements, and it does not run here (${reason}): apt-get install ruby.`,
    );
  }
  return JSON.parse(run.stdout) as RubyGrouping[];
}
