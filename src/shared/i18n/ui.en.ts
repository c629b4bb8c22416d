import type { Messages } from './messages';
import type { uiZhCN } from './ui.zh-CN';

export const uiEn: Messages<typeof uiZhCN> = {
  placeholder: 'placeholder',
};
