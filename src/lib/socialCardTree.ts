/** A node as satori reads it: the shape of a React element, without React. */
export interface CardNode {
  type: 'div' | 'img' | 'span';
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    children?: (CardNode | string)[] | string;
  };
}

export interface SocialCardInput {
  title: string;
  /** Shown above the title; empty on the site's own card. */
  category: string;
  siteName: string;
  /** Host readers will type, shown at the foot of the card. */
  host: string;
  /** Logo as a data URI. */
  logo: string;
  /** Hero image as a data URI, already cropped to the hero column; or a stand-in string when only hashing. */
  hero?: string | undefined;
  colors: { primary: string; primaryDark: string; accent: string };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_HERO_WIDTH = 440;

/** A card's size, and how much larger than on the site's card its type and margins are. */
export interface CardFormat {
  width: number;
  height: number;
  /** 1 on the site's card; the portrait card of Instagram and Threads sets larger type. */
  scale: number;
}

/** The site's card, 1200×630 (1.91:1), the size Facebook and LinkedIn draw link cards at. */
export const LANDSCAPE_CARD: CardFormat = { width: CARD_WIDTH, height: CARD_HEIGHT, scale: 1 };
/** The card Instagram and Threads show for an article without a picture: 1080×1350 (4:5), no hero. */
export const PORTRAIT_CARD: CardFormat = { width: 1080, height: 1350, scale: 1.6 };

/** Long titles get a smaller size so that 120 characters still fit in five lines. */
function titleSize(title: string): number {
  if (title.length <= 45) return 68;
  if (title.length <= 80) return 56;
  return 46;
}

/**
 * The card shared on social networks: brand, category, title and hero; by default the site's 1200×630 card.
 * Serialised, it is also the card's cache key.
 */
export function socialCardTree(input: SocialCardInput, format: CardFormat = LANDSCAPE_CARD): CardNode {
  const size = (pixels: number) => Math.round(pixels * format.scale);
  const text: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        flex: 1,
        padding: `${size(56)}px ${size(64)}px ${size(48)}px`,
        borderBottom: `${size(14)}px solid ${input.colors.primary}`,
      },
      children: [
        {
          type: 'div',
          props: {
            style: {
              display: 'flex',
              alignItems: 'center',
              gap: size(20),
              fontSize: size(30),
              color: input.colors.primaryDark,
            },
            children: [{ type: 'img', props: { src: input.logo, width: size(64), height: size(64) } }, input.siteName],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', gap: size(18) },
            children: [
              ...(input.category
                ? [
                    {
                      type: 'div',
                      props: {
                        style: {
                          fontSize: size(26),
                          letterSpacing: size(2),
                          textTransform: 'uppercase',
                          color: input.colors.accent,
                        },
                        children: input.category,
                      },
                    } satisfies CardNode,
                  ]
                : []),
              {
                type: 'div',
                props: {
                  style: { fontSize: size(titleSize(input.title)), lineHeight: 1.15, color: '#1d2528' },
                  children: input.title,
                },
              },
            ],
          },
        },
        { type: 'div', props: { style: { fontSize: size(24), color: '#4a5a60' }, children: input.host } },
      ],
    },
  };
  const hero: CardNode[] = input.hero
    ? [
        {
          type: 'img',
          props: {
            src: input.hero,
            width: CARD_HERO_WIDTH,
            height: format.height,
            style: { objectFit: 'cover', flexShrink: 0 },
          },
        },
      ]
    : [];
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        width: format.width,
        height: format.height,
        backgroundColor: '#ffffff',
        fontFamily: 'Noto Sans',
      },
      children: [text, ...hero],
    },
  };
}
