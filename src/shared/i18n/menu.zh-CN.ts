/** Placeholder until the owner of this namespace fills it in. */
export const menuZhCN = {
  placeholder: '占位',
};
