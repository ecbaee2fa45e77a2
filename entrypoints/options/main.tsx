import { render } from 'preact';
import { OptionsApp, type OptionsTab } from '../../components/options/OptionsApp.tsx';
import { request } from '../../lib/messages/client.ts';
import './style.css';

const tab = new URLSearchParams(location.search).get('tab') as OptionsTab | null;

render(<OptionsApp api={request} initialTab={tab ?? 'invoices'} />, document.getElementById('app')!);
