/** Placeholder until the owner of this namespace fills it in. */
export const cliZhCN = {
  placeholder: '占位',
};
