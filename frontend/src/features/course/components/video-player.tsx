import { useTranslation } from 'react-i18next';
import { embedFor } from './video';

/** An embedded player for YouTube (no-cookie) and Vimeo; any other address is a plain link. */
export function VideoPlayer({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation('course');
  const embed = embedFor(url);
  if (!embed) {
    return (
      <p>
        <a href={url} target="_blank" rel="noopener noreferrer nofollow">
          {t('lesson.watch')}
        </a>
      </p>
    );
  }
  return (
    <div className="video">
      <iframe
        src={embed.src}
        title={t('lesson.video', { title })}
        loading="lazy"
        referrerPolicy="strict-origin-when-cross-origin"
        allow="encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
      />
    </div>
  );
}
