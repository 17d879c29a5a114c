// Mounts the dashboard. Styles load with the script so the first paint is styled.
import { render } from 'preact';
import '@/components/vitrine.css';
import '@/components/dashboard/dashboard.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
