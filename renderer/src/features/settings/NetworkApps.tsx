/**
 * Settings → Network apps, as one self-contained section: the user's own Meta app (App ID, the Login for Business
 * Configuration ID when the app has that product, and the App Secret, kept only encrypted with the keychain's key) and X app (public
 * Client ID, callback port), with step-by-step guidance, the URIs to register with copy buttons, the permissions asked
 * and why, and who can sign in. Main checks what it can before saving.
 */
import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import type { AppSaveState } from '../../store/slices/network-apps.slice';
import { ErrorLine } from '../../components/ErrorLine';
import { CopyField } from './CopyField';
import { META_SERVE_NOTE, META_STEPS, META_WHICH_LOGIN, META_WHO_CAN_SIGN_IN, SCOPE_REASONS, X_STEPS } from './network-apps-guide';
import { GuideBlockView, GuideSteps, GuideText } from './NetworkAppsGuide';

function SaveStatus({ state, checkedText, formatText }: { readonly state: AppSaveState; readonly checkedText: string; readonly formatText: string }) {
  if (state.phase === 'saving') return <p role="status">Checking…</p>;
  if (state.phase === 'error') return <ErrorLine what="save" error={state.message} />;
  if (state.phase !== 'done') return null;
  if (!state.check.saved)
    return (
      <p role="alert" className="error">
        {state.check.problem}
      </p>
    );
  return <p role="status">{state.check.verified === 'checked' ? checkedText : formatText}</p>;
}

function Scopes({ scopes }: { readonly scopes: readonly string[] }) {
  return (
    <ul className="scopes">
      {scopes.map((s) => (
        <li key={s}>
          <code>{s}</code>: {SCOPE_REASONS[s] ?? 'needed by Tether'}
        </li>
      ))}
    </ul>
  );
}

function MetaApp() {
  const setup = useAppStore((s) => s.signInSetup);
  const saved = useAppStore((s) => s.networkAppIds);
  const state = useAppStore((s) => s.metaSave);
  const save = useAppStore((s) => s.saveMetaApp);
  const [appId, setAppId] = useState(saved?.metaAppId ?? '');
  const [configId, setConfigId] = useState(saved?.metaConfigId ?? '');
  const [secret, setSecret] = useState('');
  const id = useId();
  useEffect(() => setAppId(saved?.metaAppId ?? ''), [saved?.metaAppId]);
  useEffect(() => setConfigId(saved?.metaConfigId ?? ''), [saved?.metaConfigId]);
  return (
    <section aria-labelledby={`${id}-meta`} className="network-app">
      <h3 id={`${id}-meta`}>Meta app (Facebook and Instagram)</h3>
      {setup?.facebookSignIn === 'desktop_app_only' ? (
        <p role="note" className="hint">
          <GuideText line={META_SERVE_NOTE} />
        </p>
      ) : null}
      <GuideBlockView block={META_WHICH_LOGIN} />
      <GuideSteps steps={META_STEPS} />
      {setup?.facebookRedirectUris.map((uri) => (
        <CopyField key={uri} label="Valid OAuth Redirect URI" value={uri} />
      ))}
      <p>Tether asks for these permissions (in a Login for Business configuration, choose these):</p>
      <Scopes scopes={setup?.facebookScopes ?? []} />
      <GuideBlockView block={META_WHO_CAN_SIGN_IN} />
      <p className="hint">
        {setup?.metaLongLivedLogins
          ? 'Your App Secret is saved, encrypted with your keychain’s key: Facebook logins last about 60 days, Page access does not expire, and a system-user configuration works.'
          : 'Without the App Secret Tether still connects: a Login for Business configuration with user access tokens gives logins of about 60 days, but classic Facebook Login gives logins of about an hour, and system-user tokens need the secret. The secret is kept encrypted with your keychain’s key and never leaves this computer except to Facebook.'}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(appId, secret === '' ? undefined : secret, configId.trim() === '' ? null : configId.trim()).then(() => setSecret(''));
        }}
      >
        <label>
          App ID
          <input value={appId} onChange={(e) => setAppId(e.target.value)} inputMode="numeric" autoComplete="off" required />
        </label>
        <label>
          Configuration ID
          <input
            value={configId}
            onChange={(e) => setConfigId(e.target.value)}
            inputMode="numeric"
            autoComplete="off"
            placeholder="Facebook Login for Business only; empty for classic Facebook Login"
          />
        </label>
        <label>
          App Secret
          <input
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoComplete="off"
            placeholder={setup?.metaLongLivedLogins ? 'Saved and encrypted; type to replace it' : 'Optional, recommended'}
          />
        </label>
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={state.phase === 'saving' || appId.trim() === ''}>
            Check and save
          </button>
          {setup?.metaLongLivedLogins ? (
            <button type="button" onClick={() => void save(appId, null, undefined)} disabled={state.phase === 'saving'}>
              Forget the App Secret
            </button>
          ) : null}
        </div>
      </form>
      <SaveStatus
        state={state}
        checkedText="Saved. Facebook confirmed the App ID and App Secret belong together."
        formatText="Saved. Without the App Secret, classic Facebook logins last about an hour and system-user configurations can’t sign in."
      />
    </section>
  );
}

function XApp() {
  const setup = useAppStore((s) => s.signInSetup);
  const saved = useAppStore((s) => s.networkAppIds);
  const state = useAppStore((s) => s.xSave);
  const save = useAppStore((s) => s.saveXApp);
  const [clientId, setClientId] = useState(saved?.xClientId ?? '');
  const [port, setPort] = useState(String(saved?.xCallbackPort ?? ''));
  const id = useId();
  useEffect(() => {
    setClientId(saved?.xClientId ?? '');
    setPort(String(saved?.xCallbackPort ?? ''));
  }, [saved?.xClientId, saved?.xCallbackPort]);
  return (
    <section aria-labelledby={`${id}-x`} className="network-app">
      <h3 id={`${id}-x`}>X app</h3>
      <GuideSteps steps={X_STEPS} />
      {setup?.xCallbackUrls.map((uri) => (
        <CopyField key={uri} label="Callback URI" value={uri} />
      ))}
      <p>Tether asks for these scopes:</p>
      <Scopes scopes={setup?.xScopes ?? []} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const n = Number(port);
          void save(clientId, port.trim() === '' || !Number.isInteger(n) ? undefined : n);
        }}
      >
        <label>
          OAuth 2.0 Client ID
          <input value={clientId} onChange={(e) => setClientId(e.target.value)} autoComplete="off" required />
        </label>
        <label>
          Callback port (desktop app)
          <input value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" autoComplete="off" />
        </label>
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={state.phase === 'saving' || clientId.trim() === ''}>
            Save
          </button>
        </div>
      </form>
      <SaveStatus
        state={state}
        checkedText="Saved."
        formatText="Saved. X can confirm a Client ID only when you first sign in, so Tether checked its format for now."
      />
    </section>
  );
}

/** The whole section. */
export function NetworkApps() {
  const load = useAppStore((s) => s.loadSignInSetup);
  const error = useAppStore((s) => s.signInSetupError);
  useEffect(() => void load(), [load]);
  return (
    <div className="network-apps">
      <p>Tether signs in with your own apps on Meta and X, so your access is yours alone. Tether ships no app secrets.</p>
      {error ? <ErrorLine what="load the network apps" error={error} onRetry={() => void load()} /> : null}
      <MetaApp />
      <XApp />
    </div>
  );
}
