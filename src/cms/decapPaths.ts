/** Where the admin page finds Decap CMS's own files, on the site itself: no CDN, nothing loaded from another host. */
export const DECAP_PATH = '/admin/decap/';
/** The bundle that defines `window.CMS`; it loads its numbered chunks and WebAssembly from the same folder. */
export const DECAP_SCRIPT = `${DECAP_PATH}decap-cms.js`;
