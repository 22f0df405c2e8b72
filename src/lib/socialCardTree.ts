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

/** Long titles get a smaller size so that 120 characters still fit in five lines. */
function titleSize(title: string): number {
  if (title.length <= 45) return 68;
  if (title.length <= 80) return 56;
  return 46;
}

/** The 1200×630 card shared on social networks: brand, category, title and hero. Serialised, it is also the card's cache key. */
export function socialCardTree(input: SocialCardInput): CardNode {
  const text: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        flex: 1,
        padding: '56px 64px 48px',
        borderBottom: `14px solid ${input.colors.primary}`,
      },
      children: [
        {
          type: 'div',
          props: {
            style: { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: input.colors.primaryDark },
            children: [{ type: 'img', props: { src: input.logo, width: 64, height: 64 } }, input.siteName],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', gap: 18 },
            children: [
              ...(input.category
                ? [
                    {
                      type: 'div',
                      props: {
                        style: {
                          fontSize: 26,
                          letterSpacing: 2,
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
                  style: { fontSize: titleSize(input.title), lineHeight: 1.15, color: '#1d2528' },
                  children: input.title,
                },
              },
            ],
          },
        },
        { type: 'div', props: { style: { fontSize: 24, color: '#4a5a60' }, children: input.host } },
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
            height: CARD_HEIGHT,
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
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        backgroundColor: '#ffffff',
        fontFamily: 'Noto Sans',
      },
      children: [text, ...hero],
    },
  };
}
