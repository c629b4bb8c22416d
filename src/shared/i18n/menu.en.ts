import type { Messages } from './messages';
import type { menuZhCN } from './menu.zh-CN';

export const menuEn: Messages<typeof menuZhCN> = {
  placeholder: 'placeholder',
};
