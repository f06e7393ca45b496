// Puts curation into the explorer: the sign-in in the top bar, the curation drawer it opens for a
// curator and the History section of entity panels. The composition root calls this once the
// schema is known; everything here hangs off those hooks.
import type { SchemaDocument } from '../graph/types';
import type { Session } from '../session';
import { byId } from '../ui/dom';
import { CurationView } from './curation-view';
import { HistorySection } from './history-section';
import { SignIn } from './sign-in';

export interface CurationHooks {
  schema: SchemaDocument;
  session: Session;
  /** Draws the current picture again. */
  rerender: () => Promise<void>;
  /** Focuses the picture on an entity. */
  focus: (id: string) => void;
}

export function wireCuration({ schema, session, rerender, focus }: CurationHooks): SignIn {
  // The graph changed: the sources first (a new article is one), so panels cite it by name.
  const refresh = async () => {
    session.loadSources();
    await rerender();
  };
  const kindTitle = (kind: string) => schema.kinds.find((k) => k.label === kind)?.title ?? kind;
  const view = new CurationView({ schema, kindTitle, refresh, show: focus });
  const panelBody = byId('panel-body');
  const history = new HistorySection(panelBody, refresh);
  const signIn = new SignIn(byId('curator'), () => view.open());
  signIn.on((curator) => {
    history.setEnabled(curator !== undefined);
    if (!curator) view.close();
  });
  return signIn;
}
