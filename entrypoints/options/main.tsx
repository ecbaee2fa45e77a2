import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsTab } from '../../components/options/OptionsApp.tsx';
import { request } from '../../lib/messages/client.ts';
import { createSandboxClient, frameSandbox } from '../../lib/messages/sandbox.ts';
import './style.css';

const tab = new URLSearchParams(location.search).get('tab') as OptionsTab | null;
const sandbox = createSandboxClient(frameSandbox(browser.runtime.getURL('/sandbox.html')));

render(
  <OptionsApp
    api={request}
    preview={(template, context) => sandbox({ kind: 'preview', template, context })}
    initialTab={tab ?? 'invoices'}
  />,
  document.getElementById('app')!,
);
