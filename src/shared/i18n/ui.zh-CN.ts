/** Placeholder until the owner of this namespace fills it in. */
export const uiZhCN = {
  placeholder: '占位',
};
