import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, safeHref } from './markdown';

describe('Markdown', () => {
  it('shows raw HTML as text and never runs it', () => {
    const { container } = render(<Markdown source={'Hello <script>alert(1)</script> <img src=x onerror=alert(2)>'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('refuses javascript: and data: links, keeping their words', () => {
    const { container } = render(<Markdown source={'[click](javascript:alert(1)) and [data](data:text/html,hi) and [ok](https://example.org/a)'} />);
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/a');
    expect(links[0]).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(container.textContent).toContain('click');
    expect(safeHref('JavaScript:alert(1)')).toBeNull();
    expect(safeHref('http://example.org')).toBe('http://example.org/');
  });

  it('renders headings, paragraphs, lists and emphasis', () => {
    render(<Markdown source={'# Pricing\n\nSet a **fair** price, *not* the lowest.\n\n- cost\n- margin with [a guide](https://example.org)\n\n1. first\n2. second'} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Pricing' })).toBeInTheDocument();
    expect(screen.getByText('fair').tagName).toBe('STRONG');
    expect(screen.getByText('not').tagName).toBe('EM');
    const lists = screen.getAllByRole('list');
    expect(lists[0].tagName).toBe('UL');
    expect(lists[1].tagName).toBe('OL');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'a guide' })).toHaveAttribute('href', 'https://example.org/');
  });
});
