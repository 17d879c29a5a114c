// The friction kit, injected by the background once the recorder spots something
// overlay-like or a rage or dead click (lib/recorder/kits). It only plugs the
// kit into that recorder.
import { attachKit } from '@/lib/recorder/kits/protocol';
import { createFrictionKit } from '@/lib/recorder/kits/friction-kit';

export default defineUnlistedScript(() => attachKit('friction', (host) => createFrictionKit(host)));
