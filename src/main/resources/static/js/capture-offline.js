// Offline capture: answers whose autosave cannot reach the server are kept in IndexedDB (the "outbox") with an
// idempotency key, and sent again, in order, when the connection returns. The server replays its first answer for a
// key it has seen, so a retry never saves twice.
(function () {
  'use strict';
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the page still works online */ });
  }
  var DB = 'patuh-outbox', STORE = 'saves';
  var root = document.querySelector('[data-offline-capture]');
  if (!root || !window.indexedDB) {
    return;
  }

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function tx(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode);
        var result = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : result); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }
  function put(item) { return tx('readwrite', function (s) { return s.put(item); }); }
  function remove(key) { return tx('readwrite', function (s) { return s.delete(key); }); }
  function all() { return tx('readonly', function (s) { return s.getAll(); }); }
  // The outbox lives on the device and may be shared: each item belongs to the user who queued it.
  function mine() {
    return all().then(function (items) {
      return items.filter(function (item) { return item.user === root.dataset.user; });
    });
  }
  // The token of this page's session; the queued one may belong to a session that has ended.
  function withCurrentToken(body) {
    var token = document.querySelector('input[name="_csrf"]');
    var params = new URLSearchParams(body);
    if (token) {
      params.set('_csrf', token.value);
    }
    return params.toString();
  }

  function newKey() {
    var raw = window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(36).slice(2);
    return raw.replace(/[^A-Za-z0-9_-]/g, '');
  }

  var banner = document.getElementById('offline-banner');
  function showCount() {
    return mine().then(function (items) {
      var waiting = items.length;
      banner.hidden = navigator.onLine && waiting === 0;
      banner.textContent = (navigator.onLine ? '' : root.dataset.offlineText + ' ') +
        (waiting > 0 ? root.dataset.queuedText.replace('{0}', waiting) : '');
      root.dataset.outbox = String(waiting);
    });
  }

  function mark(form, text) {
    var state = form.querySelector('.cell-state');
    if (!state) {
      state = document.createElement('span');
      form.appendChild(state);
    }
    state.className = 'cell-state queued';
    state.setAttribute('role', 'status');
    state.textContent = text;
  }

  document.body.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('form.cell');
    if (form) {
      form.dataset.key = newKey();
      event.detail.headers['Idempotency-Key'] = form.dataset.key;
    }
  });

  document.body.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('form.cell');
    if (!form) {
      return;
    }
    var select = form.querySelector('select');
    put({
      user: root.dataset.user,
      key: form.dataset.key || newKey(),
      url: form.getAttribute('hx-post'),
      body: new URLSearchParams(new FormData(form)).toString(),
      cell: select.id,
      at: Date.now()
    }).then(function () {
      mark(form, root.dataset.queuedLabel);
      return showCount();
    });
  });

  var flushing = false;
  function flush() {
    if (flushing || !navigator.onLine) {
      return Promise.resolve();
    }
    flushing = true;
    var sent = 0;
    return mine().then(function (items) {
      items.sort(function (a, b) { return a.at - b.at; });
      return items.reduce(function (previous, item) {
        return previous.then(function () {
          return fetch(item.url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': item.key, 'HX-Request': 'true' },
            body: withCurrentToken(item.body)
          }).then(function (response) {
            // Signed out, session over, key still in use or a server fault: keep the answer and try again later.
            if (response.redirected || (!response.ok && response.status !== 400)) {
              throw new Error('not sent: ' + response.status);
            }
            return response.text().then(function (html) {
              var select = document.getElementById(item.cell);
              var form = select && select.closest('form.cell');
              if (form && response.ok) {
                var holder = document.createElement('div');
                holder.innerHTML = html.trim();
                var fresh = holder.firstElementChild;
                form.replaceWith(fresh);
                if (window.htmx) {
                  htmx.process(fresh);
                }
              }
              sent++;
              return remove(item.key);
            });
          });
        });
      }, Promise.resolve());
    }).catch(function () { /* still offline or failing: keep the outbox for the next try */ })
      .then(function () {
        flushing = false;
        if (sent > 0 && window.htmx) {
          htmx.trigger(document.body, 'answerSaved');
        }
        return showCount();
      });
  }

  window.addEventListener('online', flush);
  window.addEventListener('offline', showCount);
  window.patuhOutbox = { flush: flush, count: function () { return mine().then(function (i) { return i.length; }); } };
  flush();
})();
