import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardDrawing } from '../lib/drawSocialCard.ts';
import { SITE } from '../site.config.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The font the site's cards are drawn with. */
export const CARD_FONT_FILE = join(root, 'src/assets/fonts/NotoSans-Regular.ttf');

/** An article's card as the site draws it, without a hero. */
export const SAMPLE_CARD: CardDrawing = {
  title: 'Varices : quand faut-il consulter ?',
  category: 'Médecine et soins',
  siteName: 'Hôpital du Lac',
  host: 'blog.example.ch',
  logo: `data:image/svg+xml;base64,${readFileSync(join(root, 'public', SITE.logo)).toString('base64')}`,
  colors: SITE.colors,
};
