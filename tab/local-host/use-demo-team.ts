import { useEffect, useState } from 'react';
import { LOCAL_DEMO_PATH, type LocalDemoTeam } from '../../shared/api/local-demo.ts';

/** The demo team the dev service serves: whom the host can sign the tab in as. */
export function useDemoTeam(): { demo?: LocalDemoTeam; error?: string } {
  const [state, setState] = useState<{ demo?: LocalDemoTeam; error?: string }>({});
  useEffect(() => {
    fetch(LOCAL_DEMO_PATH)
      .then(async (res) => {
        if (!res.ok) throw new Error(`${LOCAL_DEMO_PATH} answered ${res.status}`);
        setState({ demo: (await res.json()) as LocalDemoTeam });
      })
      .catch((error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }));
  }, []);
  return state;
}
