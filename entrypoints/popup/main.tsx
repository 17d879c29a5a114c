// Mounts the popup. Styles load with the script so the first paint is styled.
import { render } from 'preact';
import '@/components/vitrine.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
