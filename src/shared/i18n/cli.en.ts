import type { Messages } from './messages';
import type { cliZhCN } from './cli.zh-CN';

export const cliEn: Messages<typeof cliZhCN> = {
  placeholder: 'placeholder',
};
