// The journey kit, injected by the background into shopping pages the recorder
// runs on (lib/recorder/kits). It only plugs the kit into that recorder.
import { attachKit } from '@/lib/recorder/kits/protocol';
import { createJourneyKit } from '@/lib/recorder/kits/journey-kit';

export default defineUnlistedScript(() => attachKit('journey', (host) => createJourneyKit(host)));
