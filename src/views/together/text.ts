// The shared morning's words for its own screens: the board's few (i18n/together.ts) and the rest
// (i18n/togetherScreens.ts), which load with these screens instead of the board's first paint.
import togetherScreens from '../../i18n/togetherScreens';
import { useText } from '../context';

export function useTogetherText() {
  const t = useText();
  return { ...t.together, ...togetherScreens[t.lang] };
}
