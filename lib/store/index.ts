// The store's public face: open the database, write the journey, read it back.
export { openVitrineDb, DB_NAME, DB_VERSION, UPGRADES, type VitrineDb, type RefusalLog } from './db';
export { writeBatch, type BatchOrigin, type BatchResult } from './journal';
export { endIdleSessions, endActiveSessions, endSessionByUser } from './sessions';
export { activeSessionForSite, recentSessions, sessionById, sessionEvents, refusalLog } from './queries';
export { countRefusal } from './refusals';
export { listProfiles, getProfile, saveProfile, deleteProfile } from './profiles';
export { rateSession } from './ratings';
export { rescoreAllSessions, sessionsOfSite } from './rescore';
