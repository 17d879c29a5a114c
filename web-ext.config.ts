import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser; headless machines and CI have no
// display, so the runner is off. Load `.output/<browser>` by hand instead (README).
export default defineWebExtConfig({
  disabled: true,
});
