/** A link to another page of the site, shown at the top of each. */
export interface NavLink {
  readonly href: string;
  readonly label: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `Rule: Request-Response Pattern` as an id a link can name: `rule-request-response-pattern`. */
export function anchorOf(...words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A page of the site: self-contained, its style inline, loading nothing. */
export function page(options: { title: string; nav: readonly NavLink[]; style: string; body: string; current?: string }): string {
  const nav = options.nav.length
    ? `<nav id="site">${options.nav
        .map(
          ({ href, label }) =>
            `<a href="${escapeHtml(href)}"${href === options.current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`,
        )
        .join('\n')}</nav>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${baseStyle}${options.style}</style>
</head>
<body>
${nav}${options.body}
</body>
</html>
`;
}

const baseStyle = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
nav#site { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0.4rem 0.75rem; margin-bottom: 1rem; background: #111827; border-radius: 6px; }
nav#site a { color: #e5e7eb; text-decoration: none; }
nav#site a[aria-current="page"] { color: #fff; font-weight: bold; text-decoration: underline; }
.status-passed { color: #14532d; }
.status-failed, .status-undefined, .status-ambiguous, .status-unknown { color: #7f1d1d; font-weight: bold; }
.status-skipped, .status-pending { color: #78350f; }
`;
