import type { EditorComponent, Formatter, ImmutableMap } from './decapTypes.ts';
import type { Phrases } from './frenchPhrases.ts';

/** React's `createElement`, which Decap's bundle exposes as `window.h` for templates and widgets. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What a control answers when Decap asks `isValid()` before saving. */
export type Validity = boolean | { error: false | { type: string; message: string } };

/** A control Decap renders: it reads `isValid()`, `shouldComponentUpdate()` and `focus()` on the instance. */
export interface InnerControl {
  isValid?(): Validity;
  shouldComponentUpdate?(next: ControlProps): boolean;
  focus?(path?: string): void;
}

/** `this` inside a control made by `defineControl`. */
export interface ControlInstance<State> {
  props: ControlProps;
  state: State;
  setState(state: Partial<State>): void;
  /** The built-in control a wrapper renders, once mounted. */
  inner?: InnerControl | null;
}

export type ControlSpec<State> = {
  getInitialState?(): State;
  componentDidMount?(): void;
  isValid?(): Validity;
  shouldComponentUpdate?(next: ControlProps): boolean;
  focus?(path?: string): void;
  render(): unknown;
} & ThisType<ControlInstance<State>>;

/** What Decap gives a widget control. */
export interface ControlProps {
  field: ImmutableMap;
  value: unknown;
  entry: ImmutableMap;
  collection: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  query(namespace: string, collection: string, searchFields: string[], term: string): Promise<unknown>;
  queryHits: unknown;
  [prop: string]: unknown;
}

export interface DecapWidget {
  control: unknown;
  preview?: unknown;
  schema?: unknown;
}

/** `window.CMS`, as far as the admin page uses it. */
export interface DecapCms {
  init(options: { config: unknown }): void;
  getLocale(locale: string): Phrases | undefined;
  getWidget(name: string): DecapWidget | undefined;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEditorComponent(component: EditorComponent): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler(event: { entry: ImmutableMap }): ImmutableMap | undefined;
  }): void;
  registerLocale(locale: string, phrases: Phrases): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
    createClass?: (spec: object) => unknown;
  }
}

/** React's `createElement` from Decap's bundle, once it has loaded. */
export function h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown {
  if (!window.h) throw new Error('Decap CMS n’a pas chargé React : rechargez la page.');
  return window.h(type, props, ...children);
}

/**
 * A widget control as a class component (create-react-class from Decap's bundle): Decap keeps a reference to the
 * instance and asks it `isValid()`, which a function component could not answer.
 */
export function defineControl<State = Record<string, never>>(spec: ControlSpec<State>): unknown {
  if (!window.createClass) throw new Error('Decap CMS n’a pas chargé React : rechargez la page.');
  return window.createClass(spec);
}
