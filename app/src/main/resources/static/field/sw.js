/*
 * Service worker of the offline sampling app (issue 19, ADR 0019). Scope /field/. The app shell (the
 * page in both languages, its script, styles and icons) is cached at install; pages are fetched from the
 * network first and fall back to the cache, assets come from the cache first. The API is never cached:
 * the app keeps its download and its drafts in IndexedDB.
 */
'use strict';
// assets come from the cache first: a changed script reaches an installed device only under a new cache name (v2:
// field-app.js sends a form again after a 503's Retry-After, ADR 0023; the shell of v1 was never renewed before)
const CACHE = 'spotcheck-field-v2';
// the English page is cached when first opened (fetching it here would switch the user's language cookie)
const SHELL = ['/field/', '/js/field-app.js', '/js/field-rules.js', '/css/field.css',
  '/webjars/bootstrap/dist/css/bootstrap.min.css', '/field/manifest.webmanifest', '/field/icons/icon-192.png',
  '/field/icons/icon-512.png'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => Promise.all(SHELL.map(url =>
    fetch(url, { credentials: 'same-origin' }).then(response => {
      if (response.ok && !response.redirected) {
        return cache.put(url, response);
      }
      return undefined;
    }).catch(() => undefined)))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('spotcheck-field-') && k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function shellKey(url) {
  return url.searchParams.get('lang') === 'en' ? '/field/?lang=en' : '/field/';
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/field/api/')) {
    return; // the API and every write go to the network as they are
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(response => {
      if (response.ok && !response.redirected && url.pathname.startsWith('/field')) {
        const copy = response.clone();
        caches.open(CACHE).then(cache => cache.put(shellKey(url), copy));
      }
      return response;
    }).catch(() => caches.match(shellKey(url)).then(hit => hit || caches.match('/field/'))));
    return;
  }
  event.respondWith(caches.match(request).then(hit => hit || fetch(request).then(response => {
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  })));
});
