import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioContext } from '../commands/context';
import type { DocumentActions, DocumentState } from '../document/document-store';
import type { UiActions, UiState } from '../ui/ui-store';

const Studio = createContext<StudioContext | null>(null);

export function StudioProvider({ value, children }: { value: StudioContext; children: ReactNode }) {
  return <Studio.Provider value={value}>{children}</Studio.Provider>;
}

/** The host and stores, for components that run commands. */
export function useStudio(): StudioContext {
  const studio = useContext(Studio);
  if (!studio) throw new Error('useStudio outside <StudioProvider>');
  return studio;
}

/** Subscribe to a slice of the document; re-renders only when that slice changes. */
export function useDocument<T>(selector: (state: DocumentState & DocumentActions) => T): T {
  return useStore(useStudio().documents, selector);
}

export function useUi<T>(selector: (state: UiState & UiActions) => T): T {
  return useStore(useStudio().ui, selector);
}
