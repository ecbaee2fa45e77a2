import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup.tsx';
import { request } from '../../lib/messages/client.ts';
import './style.css';

render(
  <Popup
    load={() => request('popup.state', null)}
    dismissNotice={async (id) => {
      await request('notices.clear', { id });
    }}
    openThread={(url) => void browser.tabs.create({ url })}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
