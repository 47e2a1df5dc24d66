import { Fragment, type ReactNode } from 'react';

/**
 * A small Markdown subset (headings, paragraphs, lists, **bold**, *italic*, links) turned into
 * React elements. Text is only ever text, so raw HTML shows as written and never runs; links keep
 * http and https addresses only.
 */
type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2].trim() });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1].trim());
    } else if (list && /^\s+/.test(line)) {
      // An indented line continues the item above.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** Only web addresses: javascript:, data: and the like stay plain text. */
export function safeHref(address: string): string | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/;

export function renderInline(text: string, key = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const id = `${key}.${n++}`;
    const [, bold1, bold2, italic1, italic2, label, href] = match;
    if (bold1 ?? bold2) out.push(<strong key={id}>{renderInline((bold1 ?? bold2)!, id)}</strong>);
    else if (italic1 ?? italic2) out.push(<em key={id}>{renderInline((italic1 ?? italic2)!, id)}</em>);
    else {
      const safe = safeHref(href!);
      out.push(
        safe ? (
          <a key={id} href={safe} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(label!, id)}
          </a>
        ) : (
          <Fragment key={id}>{label}</Fragment>
        ),
      );
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

/** Headings start below the lesson's own (h3), so the page's outline stays in order. */
export function Markdown({ source, baseLevel = 4 }: { source: string; baseLevel?: number }) {
  return (
    <div className="markdown">
      {parseBlocks(source).map((block, index) => {
        const key = `b${index}`;
        if (block.kind === 'heading') {
          const Tag = `h${Math.min(6, baseLevel + block.level - 1)}` as 'h4';
          return <Tag key={key}>{renderInline(block.text, key)}</Tag>;
        }
        if (block.kind === 'list') {
          const Tag = block.ordered ? 'ol' : 'ul';
          return (
            <Tag key={key}>
              {block.items.map((item, i) => (
                <li key={i}>{renderInline(item, `${key}.${i}`)}</li>
              ))}
            </Tag>
          );
        }
        return <p key={key}>{renderInline(block.text, key)}</p>;
      })}
    </div>
  );
}
