import { slugify } from '../lib/slugify.ts';
import siteStyles from '../styles/global.css?url';
import { articlePreview } from './articlePreview.ts';
import { COLLECTIONS, FORMATS, SLUG_KEY, WIDGETS } from './cmsConfig.ts';
import { articleFormat, authorFormat, pageFormat } from './contentFormats.ts';
import { DECAP_SCRIPT } from './decapPaths.ts';
import type { DecapCms } from './decapRuntime.ts';
import type { CmsConfig, ImmutableMap } from './decapTypes.ts';
import { EDITOR_COMPONENTS } from './editorComponents.ts';
import { frenchPhrases, mergePhrases } from './frenchPhrases.ts';
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

/** A new file is named by the project's slug of its title (or name), as `npm run new:article` names it. */
function nameNewFiles({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined {
  const data = entry.get('data') as ImmutableMap;
  const title = data.get('title') ?? data.get('name');
  if (!entry.get('newRecord') || typeof title !== 'string') return undefined;
  return data.set(SLUG_KEY, slugify(title));
}

async function main(): Promise<void> {
  const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as CmsConfig;
  const cms = await loadDecap();
  cms.registerLocale('fr', mergePhrases(cms.getLocale('fr') ?? {}, frenchPhrases(Boolean(config.local_backend))));
  cms.registerCustomFormat(FORMATS.article, 'md', articleFormat);
  cms.registerCustomFormat(FORMATS.author, 'yaml', authorFormat);
  cms.registerCustomFormat(FORMATS.page, 'md', pageFormat);
  for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);
  registerWidgets(cms, WIDGETS);
  cms.registerEventListener({ name: 'preSave', handler: nameNewFiles });
  cms.registerPreviewStyle(siteStyles);
  cms.registerPreviewTemplate(COLLECTIONS.fr, articlePreview('fr'));
  cms.registerPreviewTemplate(COLLECTIONS.de, articlePreview('de'));
  cms.init({ config });
}

main().catch((error: unknown) => {
  document.body.textContent = `L’interface de rédaction n’a pas pu démarrer : ${(error as Error).message}`;
});
