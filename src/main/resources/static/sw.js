// Patuh's service worker: keeps the capture page's assets available when the connection drops, so an open capture page
// keeps working for an assessor in a remote unit; answers saved offline wait in IndexedDB (see js/capture-offline.js).
// Pages themselves are never cached: they carry one user's answers and session, and the device may be shared.
const CACHE = 'patuh-v2';
const ASSETS = ['/css/patuh.css', '/js/capture-offline.js', '/favicon.svg', '/webjars/htmx.org/dist/htmx.min.js'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return; // writes go to the network; the page queues them itself when it is offline
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(request).then(hit => hit || fetch(request)));
  }
});
