// Limits a real app has on what people post: each bad value a BAD_USER_INPUT naming its field.
import { badInput } from '../../../../kit/errors.ts';

export const CAPTION_MAX = 2_200;
export const MEDIA_URL_MAX = 2_048;

export function validMediaUrl(raw: string, field = 'mediaUrl'): string {
  const value = raw.trim();
  if (!value) throw badInput(field, 'Add the photo or video');
  if (value.length > MEDIA_URL_MAX) throw badInput(field, `Media URLs have at most ${MEDIA_URL_MAX.toLocaleString('en-US')} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(field, 'That is not a URL');
  }
  if (url.protocol !== 'https:' || !url.hostname) throw badInput(field, 'Media must be served over https');
  if (url.username || url.password) throw badInput(field, 'Media URLs cannot carry credentials');
  return value;
}

export function validCaption(raw: string | null | undefined): string | null {
  const caption = raw?.trim() ?? '';
  if ([...caption].length > CAPTION_MAX) throw badInput('caption', `Captions have at most ${CAPTION_MAX.toLocaleString('en-US')} characters`);
  return caption || null;
}
