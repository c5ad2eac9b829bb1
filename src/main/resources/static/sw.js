// Patuh's service worker: keeps the capture pages and their assets available when the connection drops, so an
// assessor in a remote unit can keep working; answers saved offline wait in IndexedDB (see js/capture-offline.js).
const CACHE = 'patuh-v1';
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
    return;
  }
  if (request.mode === 'navigate' && /\/capture$/.test(url.pathname)) {
    // Network first, so the form shows what is stored; the last copy when offline.
    event.respondWith(fetch(request)
      .then(response => {
        const copy = response.clone();
        caches.open(CACHE).then(cache => cache.put(request, copy));
        return response;
      })
      .catch(() => caches.match(request)));
  }
});
