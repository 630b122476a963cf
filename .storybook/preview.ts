import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/define.js';
import { HOSTS, hostPage } from './host-page.js';
// Generated from the elements' JSDoc by `npm run analyze` (run before storybook and the story tests).
import manifest from '../custom-elements.json';

/**
 * Storybook keys the docs table by name, so a CSS part named like an attribute replaced it: the sector panel's `sort`
 * and `rows` attributes were listed as parts, and their controls were switched off. Parts are listed as `::part(name)`,
 * which is also what a designer types.
 */
interface Declaration { cssParts?: { name: string }[] }
const partsAsSelectors = (m: typeof manifest) => ({
  ...m,
  modules: m.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations as Declaration[] | undefined)?.map((d) =>
      d.cssParts ? { ...d, cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) } : d,
    ),
  })),
});
setCustomElementsManifest(partsAsSelectors(manifest));


/** The manifest's sections a control cannot set (a story's own categories, such as the theming playground's, keep theirs). */
const DOCUMENTATION_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

/** A kebab-case attribute's property name: `as-of` → `asOf`. */
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const preview: Preview = {
  // The manifest's events, CSS parts and custom properties are documentation, not something a control can set (each had a
  // "Set object" button that did nothing); an attribute with a property of the same meaning is listed once, as the
  // property, whose control works (`as-of` beside `asOf`); the `data` object and read-only state get no control.
  argTypesEnhancers: [
    (context) => {
      const out = { ...context.argTypes };
      for (const [key, arg] of Object.entries(out)) {
        const category = (arg.table as { category?: string } | undefined)?.category;
        if (category === 'attributes' && camel(key) !== key && out[camel(key)]) out[key] = { ...arg, table: { ...arg.table, disable: true } };
        else if ((category && DOCUMENTATION_ONLY.has(category)) || key === 'data' || key === 'dataState') out[key] = { ...arg, control: false };
      }
      return out;
    },
  ],
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
    lang: {
      description: 'Article language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'zh', title: '中文' }], dynamicTitle: true },
    },
    host: {
      description: 'The article page around the widget: background and font',
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        items: Object.entries(HOSTS).map(([value, h]) => ({ value, title: h.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', host: 'plain' },
  decorators: [
    hostPage,
  ],
  parameters: {
    controls: { expanded: true },
    // Axe runs on every story; in the Vitest story tests a violation fails the test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
