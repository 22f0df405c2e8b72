import { defineHastPlugin } from 'satteri';

/**
 * In `.md`, Astro replaces each local image with the attributes of `getImage(<the image's properties>)` at render time,
 * reading those properties from the `__ASTRO_IMAGE_` attribute its own plugin writes. That plugin keeps every value
 * as text, and `getImage` needs the figure's widths as numbers: this plugin writes the attribute itself for figure
 * images (those with `widths`), so Astro's leaves them alone (it only marks images that still have a `src`). MDX
 * passes the same properties to Astro's `<Image>`, which reads the widths as they are.
 */
export const figureImagesPlugin = defineHastPlugin({
  name: 'passerelle-figure-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      if (ctx.sourceFormat !== 'markdown') return;
      const { src, widths, ...rest } = node.properties ?? {};
      if (typeof src !== 'string' || widths === undefined) return;
      const properties = {
        ...rest,
        src: decodeURI(src),
        widths: [widths]
          .flat()
          .join(' ')
          .split(/[\s,]+/)
          .map(Number),
      };
      ctx.setProperty(node, '__ASTRO_IMAGE_', JSON.stringify(properties));
      for (const key of ['src', 'widths', ...Object.keys(rest)]) ctx.setProperty(node, key, null);
    },
  },
});
