import { articleSlug } from './articleSlug.ts';
import {
  type ControlProps,
  type DecapCms,
  defineControl,
  h,
  type InnerControl,
  type Validity,
} from './decapRuntime.ts';
import type { ImmutableMap } from './decapTypes.ts';
import { keepUntouchedBlocks } from './keepUntouchedBlocks.ts';
import { schemaProblems } from './schemaProblems.ts';
import { splitTags } from './splitTags.ts';

/** The built-in widgets whose fields the form checks against the project's schema. */
const CHECKED_WIDGETS = ['string', 'text', 'select', 'datetime', 'image', 'relation', 'boolean'];

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'object') return false;
  const { size, length } = value as { size?: number; length?: number };
  return (size ?? length) === 0;
}

function failed(validity: Validity | undefined): boolean {
  return validity === false || (typeof validity === 'object' && Boolean(validity.error));
}

function invalid(message: string): Validity {
  return { error: { type: 'CUSTOM', message } };
}

/** The schema's verdict on the field a control edits, when its config names a `check` path. */
function checkField(props: ControlProps): Validity {
  const path = props.field.get('check');
  if (typeof path !== 'string') return true;
  // An empty required field already gets Decap's own message ("Le champ … est requis").
  if (props.field.get('required') !== false && isEmpty(props.value)) return true;
  const values = (props.entry.get('data') as ImmutableMap | undefined)?.toJS() ?? {};
  const problems = schemaProblems(String(props.collection.get('name')), values, path);
  return problems.length > 0 ? invalid(problems.join(' ')) : true;
}

/** Renders a built-in control, keeping its instance for the methods Decap calls on the wrapper. */
function renderInner(control: unknown, self: { inner?: InnerControl | null }, props: Record<string, unknown>) {
  return h(control, {
    ...props,
    ref: (instance: InnerControl | null) => {
      self.inner = instance;
    },
  });
}

/**
 * A built-in control that also answers to the schema: Decap asks `isValid()` of the control before saving, so the
 * editor reads the build's French message under the field instead of a failed build later.
 */
function checkedControl(inner: unknown): unknown {
  return defineControl({
    isValid() {
      const own = this.inner?.isValid?.();
      return own !== undefined && failed(own) ? own : checkField(this.props);
    },
    shouldComponentUpdate(next) {
      return this.inner?.shouldComponentUpdate?.(next) ?? true;
    },
    focus(path) {
      this.inner?.focus?.(path);
    },
    render() {
      return renderInner(inner, this, this.props);
    },
  });
}

interface BodyMemo {
  original: string;
  baseline?: string;
  touched: boolean;
}

/**
 * The article's text in Decap's rich text editor, which rewrites the Markdown it loads as soon as it mounts: that
 * rewriting is not an edit, so it is not passed on, and after an edit the blocks the editor did not touch keep the
 * text they had in the file (see keepUntouchedBlocks). The memo lives in the state object without re-rendering.
 */
function bodyControl(inner: unknown): unknown {
  return defineControl<BodyMemo>({
    getInitialState() {
      return { original: typeof this.props.value === 'string' ? this.props.value : '', touched: false };
    },
    isValid() {
      return this.inner?.isValid?.() ?? true;
    },
    shouldComponentUpdate(next) {
      return this.inner?.shouldComponentUpdate?.(next) ?? true;
    },
    render() {
      const memo = this.state;
      const touch = () => {
        memo.touched = true;
      };
      const onChange = (value: string, metadata?: unknown) => {
        if (!memo.touched) {
          memo.baseline = value;
          return;
        }
        const { original, baseline } = memo;
        const next =
          baseline === undefined
            ? value
            : value === baseline
              ? original
              : keepUntouchedBlocks(original, baseline, value);
        if (next !== this.props.value)
          (this.props.onChange as (value: unknown, metadata?: unknown) => void)(next, metadata);
      };
      return h(
        'div',
        { onKeyDownCapture: touch, onPasteCapture: touch, onDropCapture: touch, onMouseDownCapture: touch },
        renderInner(inner, this, { ...this.props, onChange }),
      );
    },
  });
}

function tagList(value: unknown): string[] {
  const list = value && typeof value === 'object' && 'toJS' in value ? (value as ImmutableMap).toJS() : value;
  return Array.isArray(list) ? list.map(String) : [];
}

/** Tags typed on one line, separated by commas, written as a list. */
function tagsControl(): unknown {
  return defineControl<{ text: string }>({
    getInitialState() {
      return { text: tagList(this.props.value).join(', ') };
    },
    isValid() {
      return checkField(this.props);
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      return h('input', {
        id: forID,
        type: 'text',
        className: classNameWrapper,
        value: this.state.text,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.setState({ text: event.target.value });
          onChange(splitTags(event.target.value));
        },
      });
    },
  });
}

interface Original {
  slug: string;
  title: string;
}

/** The original of a translation: a slug typed or picked from the list of the other language's articles. */
function translationControl(): unknown {
  return defineControl<{ articles: Original[] }>({
    getInitialState() {
      return { articles: [] };
    },
    componentDidMount() {
      const { query, forID, field } = this.props;
      void query(forID, String(field.get('collection')), ['title'], '').then((result) => {
        const hits = (result as { payload?: { hits?: { path: string; data: { title?: string } }[] } }).payload?.hits;
        const articles = (hits ?? []).map((hit) => ({ slug: articleSlug(hit.path), title: hit.data.title ?? '' }));
        this.setState({ articles: articles.sort((a, b) => a.title.localeCompare(b.title, 'fr')) });
      });
    },
    isValid() {
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      const { articles } = this.state;
      if (value && articles.length > 0 && !articles.some((article) => article.slug === value))
        return invalid(
          `Aucun article en ${String(this.props.field.get('language'))} « ${value} » : choisissez l’original dans la liste.`,
        );
      return checkField(this.props);
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange, value } = this.props;
      const listId = `${forID}-articles`;
      const chosen = this.state.articles.find((article) => article.slug === value);
      return h(
        'div',
        null,
        h('input', {
          id: forID,
          type: 'text',
          list: listId,
          className: classNameWrapper,
          value: typeof value === 'string' ? value : '',
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value.trim()),
        }),
        h(
          'datalist',
          { id: listId },
          ...this.state.articles.map((article) =>
            h('option', { key: article.slug, value: article.slug }, article.title),
          ),
        ),
        h('p', { style: { margin: '0.4rem 0 0', fontSize: '0.9em' } }, chosen ? `Original : ${chosen.title}` : ''),
      );
    },
  });
}

/** Registers the project's widgets, the schema check on the built-in ones, and the body's guard against rewriting. */
export function registerWidgets(cms: DecapCms, names: { tags: string; translation: string }): void {
  for (const name of CHECKED_WIDGETS) {
    const widget = cms.getWidget(name);
    if (widget) cms.registerWidget(name, checkedControl(widget.control), widget.preview, widget.schema);
  }
  const richtext = cms.getWidget('richtext');
  if (richtext) cms.registerWidget('richtext', bodyControl(richtext.control), richtext.preview, richtext.schema);
  cms.registerWidget(names.tags, tagsControl());
  cms.registerWidget(names.translation, translationControl());
}
