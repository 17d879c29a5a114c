// The browser APIs "Track this site" uses, bound once for the background.
import { browser } from 'wxt/browser';
import { loadCustomSites, saveCustomSites } from '../sites/custom-sites';
import type { TrackingApi } from './custom-tracking';

export function browserTrackingApi(): TrackingApi {
  return {
    scripting: browser.scripting as unknown as TrackingApi['scripting'],
    tabs: browser.tabs as unknown as TrackingApi['tabs'],
    loadCustomSites,
    saveCustomSites,
    now: Date.now,
  };
}
