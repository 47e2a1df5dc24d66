/** A player the SPA embeds: only YouTube (without cookies) and Vimeo, from the lesson's address. */
export type Embed = { provider: 'youtube' | 'vimeo'; src: string };

const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

export function embedFor(address: string): Embed | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\.|^m\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = url.searchParams.get('v');
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0])) id = parts[1];
    if (id && YOUTUBE_ID.test(id)) return { provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}` };
    return null;
  }
  if (host === 'youtu.be') {
    id = parts[0];
    if (id && YOUTUBE_ID.test(id)) return { provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/${id}` };
    return null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    id = parts.find((part) => VIMEO_ID.test(part));
    if (id) return { provider: 'vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1` };
  }
  return null;
}
