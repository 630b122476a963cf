import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/define.js';
// Generated from the elements' JSDoc by `npm run analyze` (run before storybook and the story tests).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
    lang: {
      description: 'Article language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'zh', title: '中文' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
  decorators: [
    (story, context) => {
      const { theme, lang } = context.globals as { theme: string; lang: string };
      document.documentElement.lang = lang;
      document.body.style.background = theme === 'dark' ? '#101217' : '#ffffff';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Axe runs on every story; in the Vitest story tests a violation fails the test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
