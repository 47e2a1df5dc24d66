import { describe, expect, it } from 'vitest';
import { embedFor } from './video';

describe('embedFor', () => {
  it('embeds YouTube without cookies, from any of its address forms', () => {
    const src = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10')).toEqual({ provider: 'youtube', src });
    expect(embedFor('https://youtu.be/dQw4w9WgXcQ')).toEqual({ provider: 'youtube', src });
    expect(embedFor('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toEqual({ provider: 'youtube', src });
  });

  it('embeds Vimeo with its player', () => {
    expect(embedFor('https://vimeo.com/76979871')?.src).toBe('https://player.vimeo.com/video/76979871?dnt=1');
    expect(embedFor('https://player.vimeo.com/video/76979871')?.provider).toBe('vimeo');
  });

  it('embeds nothing else', () => {
    expect(embedFor('http://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(embedFor('https://evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(embedFor('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(embedFor('https://www.youtube.com/watch?v="><script>')).toBeNull();
    expect(embedFor('javascript:alert(1)')).toBeNull();
  });
});
