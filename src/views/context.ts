import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Text } from '../i18n';
import type { Store } from '../store';

export const StoreContext = createContext<Store | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}

/** The text catalogue in the chosen language (re-renders when the language changes). */
export function useText(): Text {
  return useStore().text();
}
