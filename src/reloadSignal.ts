/**
 * SIGHUP asks for a reload of the knowledge. Its handler must be in place from the first moment:
 * without one, a SIGHUP kills the process. Until the bot is ready to reload, a request is held
 * (several are one) and carried out once start-up is done.
 */
export interface ReloadSignal {
  /** Sends every SIGHUP to `reload` from now on; one that came during start-up is sent now. */
  connect(reload: (reason: string) => void): void;
}

/** Installs the SIGHUP handler; call it before anything slow (imports, loading the knowledge). */
export function listenForReloads(): ReloadSignal {
  let reload: ((reason: string) => void) | undefined;
  let asked = false;
  process.on('SIGHUP', () => {
    if (reload) reload('SIGHUP');
    else asked = true;
  });
  return {
    connect(handler) {
      reload = handler;
      if (asked) {
        asked = false;
        handler('SIGHUP during start-up');
      }
    },
  };
}
