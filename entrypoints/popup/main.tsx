import { render } from 'preact';

render(<p>Tactful</p>, document.getElementById('app')!);
