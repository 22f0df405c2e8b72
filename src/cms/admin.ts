import { slugify } from '../lib/slugify.ts';
import { FORMATS, SLUG_KEY, WIDGETS } from './cmsConfig.ts';
import { articleFormat, authorFormat } from './contentFormats.ts';
import { DECAP_SCRIPT } from './decapPaths.ts';
import type { DecapCms } from './decapRuntime.ts';
import { EDITOR_COMPONENTS } from './editorComponents.ts';
import { registerWidgets } from './widgets.ts';

/** Decap's bundle, from the site itself; it defines `window.CMS` and starts nothing while CMS_MANUAL_INIT is set. */
function loadDecap(): Promise<DecapCms> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = DECAP_SCRIPT;
    script.onload = () => (window.CMS ? resolve(window.CMS) : reject(new Error('window.CMS manquant')));
    script.onerror = () => reject(new Error(`${DECAP_SCRIPT} introuvable`));
    document.head.append(script);
  });
}

async function main(): Promise<void> {
  const config: unknown = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}');
  const cms = await loadDecap();
  cms.registerCustomFormat(FORMATS.article, 'md', articleFormat);
  cms.registerCustomFormat(FORMATS.author, 'yaml', authorFormat);
  for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);
  registerWidgets(cms, WIDGETS);
  // A new file is named by the project's slug of its title (or name), as `npm run new:article` names it.
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as { get(key: string): unknown; set(key: string, value: unknown): unknown };
      const title = data.get('title') ?? data.get('name');
      return entry.get('newRecord') && typeof title === 'string'
        ? (data.set(SLUG_KEY, slugify(title)) as ReturnType<typeof entry.get> as never)
        : undefined;
    },
  });
  cms.init({ config });
}

main().catch((error: unknown) => {
  document.body.textContent = `L’interface de rédaction n’a pas pu démarrer : ${(error as Error).message}`;
});
