/*
 * The offline sampling app (issue 19, ADR 0019): downloads the sampler's open steps (现场抽样、封样, 复查抽样,
 * 企业确认抽样单 on paper), keeps forms and photos in IndexedDB, checks them with each step's form schema and the
 * server's rules (field-rules.js) and sends each saved form once, with an Idempotency-Key made on the device, when
 * the network is back; a paper confirmation goes after its case's sampling form. A draft stays on the device until
 * the sampler exports or discards it.
 */
(function () {
  'use strict';

  var TEXTS = JSON.parse(document.getElementById('field-texts').textContent);
  var API = '/field/api/';
  var DB_NAME = 'spotcheck-field';
  var state = { download: null, drafts: {}, current: null, csrf: null, syncing: false, loginNeeded: false };

  function t(key, args) {
    var text = TEXTS[key] !== undefined ? TEXTS[key] : key;
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  }

  // the rule's unit as the page's language writes it (field/app.html's #field-units, from rule.unit.*): 个 reads pieces
  var UNITS = {};
  Array.prototype.forEach.call(document.querySelectorAll('#field-units [data-unit]'), function (u) {
    UNITS[u.getAttribute('data-unit')] = u.textContent;
  });
  function unit(u) {
    return u && UNITS[u] !== undefined ? UNITS[u] : (u || '');
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'className') e.className = attrs[k];
      else if (k.indexOf('on') === 0) e.addEventListener(k.substring(2), attrs[k]);
      else if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  // ---- IndexedDB: "meta" keeps the download, "drafts" one form per case ----
  var dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        var open = indexedDB.open(DB_NAME, 1);
        open.onupgradeneeded = function () {
          open.result.createObjectStore('meta', { keyPath: 'key' });
          open.result.createObjectStore('drafts', { keyPath: 'caseCode' });
        };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
      });
    }
    return dbPromise;
  }
  function store(name, mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction(name, mode);
        var result = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function putDraft(draft) { state.drafts[draft.caseCode] = draft; return store('drafts', 'readwrite', function (s) { return s.put(draft); }); }
  function deleteDraft(code) { delete state.drafts[code]; return store('drafts', 'readwrite', function (s) { return s.delete(code); }); }

  function load() {
    return Promise.all([
      store('meta', 'readonly', function (s) { return s.get('download'); }),
      store('drafts', 'readonly', function (s) { return s.getAll(); })
    ]).then(function (r) {
      state.download = r[0] ? r[0].value : null;
      (r[1] || []).forEach(function (d) { state.drafts[d.caseCode] = d; });
    });
  }

  // ---- network ----
  function banner(text, kind) {
    var b = document.getElementById('field-banner');
    b.textContent = text || '';
    b.className = text ? 'alert alert-' + (kind || 'info') + ' mb-2' : 'd-none';
  }

  function showOnline() {
    var badge = document.getElementById('net-status');
    badge.textContent = navigator.onLine ? t('online') : t('offline');
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-secondary');
  }

  function loggedOut(response) {
    var type = response.headers.get('Content-Type') || '';
    return response.status === 401 || response.redirected || type.indexOf('text/html') === 0;
  }

  function refresh() {
    return fetch(API + 'cases', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (loggedOut(response)) { state.loginNeeded = true; throw new Error('login'); }
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    }).then(function (download) {
      state.loginNeeded = false;
      state.csrf = download.csrf || null;
      delete download.csrf;
      state.download = download;
      return store('meta', 'readwrite', function (s) { return s.put({ key: 'download', value: download }); });
    });
  }

  function download() {
    banner(t('downloading'));
    return refresh().then(function () {
      banner(t('downloaded', [state.download.cases.length]), 'success');
      render();
    }).catch(function (e) {
      banner(e.message === 'login' ? t('loginAgain') : t('downloadFailed'), 'warning');
      render();
    });
  }

  /** The form as it is sent: the confirmation is on paper, recorded by the sampler with the photo of the signed form. */
  function submissionOf(draft) {
    if (draft.step === 'confirmSampling') {
      var signed = { method: 'PAPER' };
      if (!blank(draft.form.signedByName)) signed.signedByName = String(draft.form.signedByName).trim();
      return JSON.stringify({ caseCode: draft.realCase, step: draft.step, form: signed });
    }
    var form = {};
    Object.keys(draft.form || {}).forEach(function (k) {
      var v = draft.form[k];
      if (v === '' || v === null || v === undefined) return;
      if (['testQuantity', 'backupQuantity'].indexOf(k) >= 0) v = parseInt(v, 10);
      // decimals travel as strings that keep what the sampler wrote (issue 18.3, ADR 0017 decision 12)
      if (['unitPrice', 'amountPaid'].indexOf(k) >= 0) v = String(v).trim();
      form[k] = v;
    });
    if (draft.outcome !== 'SAMPLED') {
      ['channel', 'productName', 'trademark', 'specification', 'batchNumber', 'productionDate', 'stockOnHand', 'testQuantity',
        'backupQuantity', 'testSealNumber', 'backupSealNumber', 'backupLocation', 'unitPrice', 'amountPaid', 'productStandard',
        'handoverMethod', 'handoverTemperature', 'upperLevelProof', 'onlinePlatform', 'onlineShop', 'buyerAccount',
        'orderNumber'].forEach(function (k) { delete form[k]; });
    } else {
      ['reason', 'note', 'refusedByName', 'refusedByPosition', 'consequencesExplained'].forEach(function (k) { delete form[k]; });
      if (form.channel !== 'E_COMMERCE') ['onlinePlatform', 'onlineShop', 'buyerAccount', 'orderNumber'].forEach(function (k) { delete form[k]; });
    }
    var body = { caseCode: draft.realCase || draft.caseCode, outcome: draft.outcome, form: form };
    if (draft.step && draft.step !== 'recordSampling') body.step = draft.step;
    return JSON.stringify(body);
  }

  /** The form as the server will check it: the photos' ids are put where the step takes them (FieldSync). */
  function checkedForm(draft) {
    var sent = JSON.parse(submissionOf(draft)).form;
    var ids = (draft.photos || []).map(function (p, i) { return i + 1; });
    if (draft.step === 'confirmSampling') {
      if (ids.length) sent.signaturePhotoId = ids[0];
    } else if (draft.outcome === 'SAMPLED') {
      sent.photoIds = ids;
    } else {
      sent.outcome = draft.outcome;
      sent.evidenceIds = ids;
    }
    return sent;
  }

  function blank(v) { return v === undefined || v === null || String(v).trim() === ''; }

  function blobOf(dataUrl) {
    var parts = dataUrl.split(',');
    var type = parts[0].substring(5, parts[0].indexOf(';'));
    var bin = atob(parts[1]);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: type });
  }

  function send(draft) {
    var body = new FormData();
    body.append('submission', draft.submission);
    (draft.photos || []).forEach(function (p) { body.append('photos', blobOf(p.dataUrl), p.name); });
    var headers = { 'Idempotency-Key': draft.idempotencyKey, Accept: 'application/json' };
    if (state.csrf) headers[state.csrf.header] = state.csrf.token;
    return fetch(API + 'submissions', { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
      .then(function (response) {
        if (loggedOut(response)) { state.loginNeeded = true; return null; }
        return response.text().then(function (text) {
          var json = null;
          try { json = JSON.parse(text); } catch (e) { json = { detail: text }; }
          if (response.status === 201 || response.status === 200) {
            draft.status = 'synced';
            draft.result = json;
            draft.problem = null;
          } else if (response.status === 409 && json && json.rule === 'FIELD_NOT_YET_SAMPLED') {
            return null; // the sampling form goes first: this one stays saved and is sent after it
          } else if (response.status === 409 || response.status === 404) {
            draft.status = 'conflict';
            draft.problem = json;
          } else if (response.status === 400 || response.status === 422) {
            draft.status = 'rejected';
            draft.problem = json;
          } else {
            // 5xx, 403: keep it saved, try again later. A 503 (the database away, or a row held beyond the lock wait
            // timeout: LOCK_WAIT_TIMEOUT, ADR 0023) says when: the same form, same key, is sent again after Retry-After
            if (response.status === 503) retryAfter(response.headers.get('Retry-After'));
            return null;
          }
          draft.syncedAt = new Date().toISOString();
          return putDraft(draft);
        });
      });
  }

  /** One more sync after the server's Retry-After (seconds, at most a minute), unless one is already planned. */
  var retryTimer = null;
  function retryAfter(header) {
    var seconds = parseInt(header, 10);
    if (retryTimer || !(seconds >= 0)) return;
    retryTimer = setTimeout(function () {
      retryTimer = null;
      if (state.syncing) retryAfter(header); else sync(); // a sync under way has passed this form already
    }, Math.min(seconds, 60) * 1000);
  }

  /** Sends each saved form once; a form stays saved (and is sent again later with the same key) until the server answered. */
  function sync() {
    if (state.syncing || !navigator.onLine) return Promise.resolve();
    // the sampling forms first: a confirmation is sent once its case's sampling form was received
    var waiting = Object.keys(state.drafts).map(function (k) { return state.drafts[k]; })
      .filter(function (d) { return d.status === 'saved'; })
      .sort(function (a, b) { return (a.step === 'confirmSampling' ? 1 : 0) - (b.step === 'confirmSampling' ? 1 : 0); });
    state.syncing = true;
    banner(t('syncing'));
    return refresh().catch(function (e) { if (e.message === 'login') throw e; }).then(function () {
      var chain = Promise.resolve();
      waiting.forEach(function (d) {
        chain = chain.then(function () {
          var first = d.after && state.drafts[d.after];
          if (first && first.status !== 'synced') return undefined; // its sampling form has not been received yet
          if (!state.loginNeeded) return send(d);
          return undefined;
        });
      });
      return chain;
    }).then(function () {
      var drafts = Object.keys(state.drafts).map(function (k) { return state.drafts[k]; });
      var conflicts = drafts.filter(function (d) { return d.status === 'conflict' || d.status === 'rejected'; }).length;
      var left = drafts.filter(function (d) { return d.status === 'saved'; }).length;
      if (state.loginNeeded) banner(t('loginAgain'), 'warning');
      else if (conflicts) banner(t('syncConflicts', [conflicts]), 'danger');
      else if (left) banner(t('syncLater', [left]), 'warning');
      else banner(t('syncDone'), 'success');
    }).catch(function (e) {
      banner(e.message === 'login' ? t('loginAgain') : t('syncLater', [waiting.length]), 'warning');
    }).then(function () {
      state.syncing = false;
      render();
      // a form that was not accepted: its reason and what to do are at the top of the case
      var current = state.current && state.drafts[state.current];
      if (current && (current.status === 'conflict' || current.status === 'rejected')) window.scrollTo(0, 0);
    });
  }

  // ---- photos: compressed on the device to the configured longest edge and size ----
  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(file);
    });
  }
  function image(url) {
    return new Promise(function (resolve, reject) {
      var img = new Image();
      img.onload = function () { resolve(img); };
      img.onerror = reject;
      img.src = url;
    });
  }
  function compress(file) {
    var limits = state.download.rules.photo;
    return readFile(file).then(image).then(function (img) {
      var scale = Math.min(1, limits.maxEdge / Math.max(img.naturalWidth, img.naturalHeight));
      var quality = 0.85;
      var canvas = document.createElement('canvas');
      var dataUrl;
      for (var i = 0; i < 12; i++) {
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        var ctx = canvas.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        dataUrl = canvas.toDataURL('image/jpeg', quality);
        if (sizeOf(dataUrl) <= limits.maxBytes) break;
        if (quality > 0.5) quality -= 0.15; else scale *= 0.75;
      }
      return { name: (file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg', type: 'image/jpeg', dataUrl: dataUrl,
        size: sizeOf(dataUrl), width: canvas.width, height: canvas.height };
    });
  }
  /** Beijing time as yyyy-MM-dd HH:mm, whatever the phone's own zone (issue 17.4). */
  function beijing(iso) {
    return new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString().substring(0, 16).replace('T', ' ');
  }
  function sizeOf(dataUrl) { return Math.floor((dataUrl.length - dataUrl.indexOf(',') - 1) * 3 / 4); }

  // ---- views ----
  /** A case's key on the device: the case code for 现场抽样, caseCode_step for the other steps (FieldCases.key). */
  function keyOf(c) { return c.key || c.caseCode; }

  function caseOf(key) {
    return state.download ? state.download.cases.filter(function (c) { return keyOf(c) === key; })[0] : null;
  }

  function statusBadge(draft) {
    if (!draft) return el('span', { className: 'badge text-bg-light', text: t('status.none') });
    var kind = { editing: 'secondary', saved: 'warning', synced: 'success', conflict: 'danger', rejected: 'danger' }[draft.status] || 'secondary';
    return el('span', { className: 'badge text-bg-' + kind, 'data-status': draft.status, text: t('status.' + draft.status) });
  }

  function render() {
    showOnline();
    var list = document.getElementById('case-list');
    var view = document.getElementById('case-view');
    var user = document.getElementById('field-user');
    user.textContent = state.download ? state.download.user.name : '';
    if (state.current) {
      list.classList.add('d-none');
      view.classList.remove('d-none');
      renderCase(view, state.current);
      return;
    }
    view.classList.add('d-none');
    list.classList.remove('d-none');
    list.innerHTML = '';
    var cases = state.download ? state.download.cases.slice() : [];
    // drafts of cases no longer in the download (sampled by the other device, re-assigned) stay visible
    Object.keys(state.drafts).forEach(function (key) {
      if (!caseOf(key)) cases.push(state.drafts[key].snapshot);
    });
    if (!state.download) list.appendChild(el('p', { className: 'text-muted', text: t('noDownload') }));
    else if (!cases.length) list.appendChild(el('p', { className: 'text-muted', text: t('noCases') }));
    else list.appendChild(el('p', { className: 'small text-muted', text: t('downloadedAt', [beijing(state.download.downloadedAt)]) }));
    cases.forEach(function (c) {
      var key = keyOf(c);
      var draft = state.drafts[key];
      list.appendChild(el('button', { type: 'button', className: 'list-group-item list-group-item-action field-case',
        id: 'case-' + key, 'data-step': c.step || 'recordSampling',
        onclick: function () { state.current = key; render(); window.scrollTo(0, 0); } }, [
        el('div', { className: 'd-flex justify-content-between gap-2' }, [el('strong', { text: c.enterprise.name }), statusBadge(draft)]),
        el('div', { className: 'small fw-semibold', text: t('step.' + (c.step || 'recordSampling')) }),
        el('div', { text: c.product.name + ' · ' + c.caseCode }),
        el('div', { className: 'small text-muted', text: t('quantities', [c.rule.testPortion, c.rule.backupPortion, unit(c.rule.unit)]) })
      ]));
    });
  }

  var SAMPLING_FIELDS = [
    { name: 'channel', type: 'select', options: ['PRODUCTION', 'DISTRIBUTION', 'E_COMMERCE'] },
    { name: 'productName' }, { name: 'trademark' }, { name: 'specification' }, { name: 'productStandard' },
    { name: 'batchNumber' }, { name: 'productionDate', type: 'date' }, { name: 'stockOnHand' },
    { name: 'testQuantity', type: 'number', inputmode: 'numeric' }, { name: 'backupQuantity', type: 'number', inputmode: 'numeric' },
    { name: 'testSealNumber' }, { name: 'backupSealNumber' },
    { name: 'backupLocation', type: 'select', options: ['ENTERPRISE', 'LAB'] },
    { name: 'unitPrice', inputmode: 'decimal' }, { name: 'amountPaid', inputmode: 'decimal' },
    { name: 'handoverMethod' }, { name: 'handoverTemperature' }, { name: 'upperLevelProof', type: 'textarea' },
    { name: 'onlinePlatform', online: true }, { name: 'onlineShop', online: true }, { name: 'buyerAccount', online: true },
    { name: 'orderNumber', online: true }
  ];
  var VISIT_FIELDS = [
    { name: 'outcome', type: 'select', options: ['REFUSED', 'NOT_SAMPLABLE', 'NO_PRODUCT'] },
    { name: 'reason', type: 'select', options: [] },
    { name: 'refusedByName', refused: true }, { name: 'refusedByPosition', refused: true },
    { name: 'consequencesExplained', type: 'checkbox', refused: true },
    { name: 'note', type: 'textarea' }
  ];

  function newDraft(c) {
    if (c.step === 'confirmSampling') {
      return { caseCode: keyOf(c), realCase: c.caseCode, step: c.step, outcome: 'CONFIRMED', status: 'editing', photos: [],
        snapshot: c, after: c.after || null, form: { signedByName: '' } };
    }
    var draft = { caseCode: keyOf(c), realCase: c.caseCode, step: c.step || 'recordSampling', outcome: 'SAMPLED',
      status: 'editing', photos: [], snapshot: c,
      form: { channel: 'PRODUCTION', backupLocation: 'ENTERPRISE', samplers: [state.download.user.username],
        testQuantity: String(c.rule.testPortion), backupQuantity: String(c.rule.backupPortion) } };
    var free = c.form && FieldRules.fixed(c.form.schema, 'amountPaid');
    if (free) draft.form.amountPaid = String(free.const);
    return draft;
  }

  /**
   * The enterprise's confirmation on paper, filled on site right after the sampling form: its step opens only once the
   * sampling form is received, so it is kept as a form of its own and sent after it (FieldSync: confirmSampling).
   */
  function confirmationOf(c) {
    var copy = JSON.parse(JSON.stringify(c));
    copy.key = c.caseCode + '_confirmSampling';
    copy.step = 'confirmSampling';
    copy.form = state.download.forms && state.download.forms.confirmSampling;
    copy.after = keyOf(c);
    return copy;
  }

  function renderCase(view, code) {
    var c = caseOf(code) || (state.drafts[code] && state.drafts[code].snapshot);
    var draft = state.drafts[code] || newDraft(c);
    if (!draft.step) { draft.step = 'recordSampling'; draft.realCase = draft.realCase || draft.caseCode; }
    var editable = draft.status !== 'synced';
    view.innerHTML = '';
    view.appendChild(el('button', { type: 'button', className: 'btn btn-outline-secondary field-touch mb-2', id: 'back',
      text: t('back'), onclick: function () { state.current = null; render(); } }));
    view.appendChild(el('h2', { className: 'h5', text: c.enterprise.name }));
    view.appendChild(el('dl', { className: 'field-facts' }, [
      el('dt', { text: t('case') }), el('dd', { text: c.caseCode }),
      el('dt', { text: t('product') }), el('dd', { text: c.product.name }),
      el('dt', { text: t('address') }), el('dd', { text: c.enterprise.address || '—' }),
      el('dt', { text: t('rule') }), el('dd', { text: c.rule.title + ' · ' + t('quantities', [c.rule.testPortion, c.rule.backupPortion, unit(c.rule.unit)]) }),
      el('dt', { text: t('seals') }), el('dd', { text: sealText(c) })
    ]));
    view.appendChild(el('div', { className: 'mb-2' }, [statusBadge(state.drafts[code])]));
    view.appendChild(el('div', { className: 'small fw-semibold mb-1', id: 'step', text: t('step.' + draft.step) }));
    if (draft.status === 'synced' && draft.result) {
      view.appendChild(el('div', { className: 'alert alert-success', id: 'sync-result',
        text: t('syncedAs', [draft.result.sampleCode || t('outcome.' + draft.result.outcome)]) }));
    }
    if (draft.step === 'confirmSampling' && draft.after && state.drafts[draft.after] && state.drafts[draft.after].status !== 'synced') {
      view.appendChild(el('div', { className: 'alert alert-info', id: 'after-hint', text: t('confirm.afterSampling') }));
    }
    if ((draft.status === 'conflict' || draft.status === 'rejected') && draft.problem) {
      view.appendChild(el('div', { className: 'alert alert-danger', id: 'conflict', role: 'alert' }, [
        // the step's status as the list shows it (有冲突 / 未被接收), never the problem's generic title ("Conflict")
        el('strong', { text: t('status.' + draft.status) }), el('div', { text: draft.problem.detail || '' }),
        el('div', { className: 'small mt-1', text: t(draft.status === 'conflict' ? 'conflictHint' : 'rejectedHint') })
      ]));
    }
    var form = el('form', { id: 'field-form', novalidate: true, onsubmit: function (e) { e.preventDefault(); } });
    if (draft.step === 'confirmSampling') {
      renderConfirmation(view, form, draft, c, editable);
      return;
    }
    // sampled or not
    var tabs = el('div', { className: 'btn-group w-100 mb-3', role: 'group' });
    ['SAMPLED', 'NOT_SAMPLED'].forEach(function (kind) {
      var active = kind === 'SAMPLED' ? draft.outcome === 'SAMPLED' : draft.outcome !== 'SAMPLED';
      tabs.appendChild(el('button', { type: 'button', id: 'tab-' + kind, className: 'btn field-touch ' + (active ? 'btn-primary' : 'btn-outline-primary'),
        disabled: !editable, text: t('tab.' + kind), onclick: function () {
          collect(form, draft);
          draft.outcome = kind === 'SAMPLED' ? 'SAMPLED' : (draft.form.outcome || 'REFUSED');
          state.drafts[code] = draft;
          render();
        } }));
    });
    form.appendChild(tabs);
    var sampled = draft.outcome === 'SAMPLED';
    if (!sampled) draft.form.outcome = draft.outcome;
    var reinspection = draft.step === 'recordReinspectionSampling';
    (sampled ? SAMPLING_FIELDS : VISIT_FIELDS).forEach(function (f) {
      if (f.online && draft.form.channel !== 'E_COMMERCE') return;
      if (f.refused && draft.outcome !== 'REFUSED') return;
      form.appendChild(field(f, draft, c, editable, reinspection));
    });
    // samplers present: large touch targets
    var box = el('fieldset', { className: 'mb-3', id: 'samplers' }, [el('legend', { className: 'form-label fs-6', text: t('f.samplers') })]);
    c.samplers.forEach(function (s) {
      var id = 'sampler-' + s.username;
      box.appendChild(el('div', { className: 'form-check field-check' }, [
        el('input', { className: 'form-check-input', type: 'checkbox', id: id, name: 'samplers', value: s.username, disabled: !editable,
          checked: (draft.form.samplers || []).indexOf(s.username) >= 0 }),
        el('label', { className: 'form-check-label', 'for': id, text: s.name })
      ]));
    });
    box.appendChild(el('div', { className: 'invalid-feedback d-block', id: 'samplers-error' }));
    form.appendChild(box);
    // photos, then 保存 / 导出 / 放弃
    photosAndActions(form, draft, code, editable, { label: t(sampled ? 'f.photos' : 'f.evidence'), canAdd: true, multiple: true });
    view.appendChild(form);
    // the enterprise signs the paper form on site: its confirmation is filled now and sent after the sampling form
    if (draft.step === 'recordSampling' && draft.outcome === 'SAMPLED' && (draft.status === 'saved' || draft.status === 'synced')) {
      var confirmKey = draft.realCase + '_confirmSampling';
      var confirmation = state.drafts[confirmKey];
      view.appendChild(el('button', { type: 'button', className: 'btn btn-outline-primary field-touch w-100 mb-4', id: 'confirm-paper',
        text: confirmation ? t('confirm.open') : t('confirm.start'), onclick: function () {
          var target = caseOf(confirmKey) || confirmationOf(c);
          if (!state.drafts[confirmKey]) state.drafts[confirmKey] = newDraft(target);
          state.current = confirmKey;
          render();
          window.scrollTo(0, 0);
        } }));
    }
    showErrors(draft.errors || serverErrors(draft));
  }

  function renderConfirmation(view, form, draft, c, editable) {
    view.appendChild(el('p', { className: 'small', id: 'confirm-sample', text: c.sampleCode ? t('confirm.sample', [c.sampleCode]) : t('confirm.paper') }));
    var wrap = el('div', { className: 'mb-3' }, [el('label', { className: 'form-label', 'for': 'signedByName', text: t('f.signedByName') })]);
    var input = el('input', { className: 'form-control field-touch', id: 'signedByName', name: 'signedByName', type: 'text',
      disabled: !editable, autocomplete: 'off' });
    input.value = draft.form.signedByName || '';
    wrap.appendChild(input);
    wrap.appendChild(el('div', { className: 'invalid-feedback d-block', id: 'signedByName-error' }));
    form.appendChild(wrap);
    // one photo of the signed paper form, then 保存 / 导出 / 放弃
    photosAndActions(form, draft, draft.caseCode, editable,
      { label: t('f.signaturePhoto'), canAdd: (draft.photos || []).length === 0, multiple: false });
    view.appendChild(form);
    showErrors(draft.errors || serverErrors(draft));
  }

  /**
   * The photo picker with its thumbnails (each removable while the form is editable), the form's error line and the
   * 保存 / 导出 / 放弃 buttons: the same block under the sampling form and under the paper confirmation.
   * key: the draft's key in state.drafts; photo: { label, canAdd (show the picker), multiple (several at once) }.
   */
  function photosAndActions(form, draft, key, editable, photo) {
    var photos = el('div', { className: 'mb-3' }, [el('label', { className: 'form-label', 'for': 'photo-input', text: photo.label })]);
    if (editable && photo.canAdd) {
      photos.appendChild(el('input', { className: 'form-control field-touch', type: 'file', id: 'photo-input', accept: 'image/*',
        capture: 'environment', multiple: photo.multiple, onchange: function (e) { addPhotos(e.target, form, draft); } }));
    }
    var thumbs = el('div', { className: 'field-thumbs', id: 'thumbs' });
    (draft.photos || []).forEach(function (p, i) {
      thumbs.appendChild(el('figure', { className: 'field-thumb' }, [
        el('img', { src: p.dataUrl, alt: p.name }),
        el('figcaption', { className: 'small', text: Math.round(p.size / 1024) + ' KB' }),
        editable ? el('button', { type: 'button', className: 'btn btn-sm btn-outline-danger field-touch', text: t('removePhoto'),
          onclick: function () { collect(form, draft); draft.photos.splice(i, 1); state.drafts[key] = draft; render(); } }) : null
      ]));
    });
    photos.appendChild(thumbs);
    photos.appendChild(el('div', { className: 'invalid-feedback d-block', id: 'photos-error' }));
    form.appendChild(photos);
    form.appendChild(el('div', { className: 'alert alert-danger d-none', id: 'form-error', role: 'alert' }));
    var actions = el('div', { className: 'd-grid gap-2 mb-4' });
    if (editable) {
      actions.appendChild(el('button', { type: 'button', className: 'btn btn-primary field-touch', id: 'save', text: t('save'),
        onclick: function () { save(form, draft); } }));
    }
    actions.appendChild(el('button', { type: 'button', className: 'btn btn-outline-secondary field-touch', id: 'export', text: t('export'),
      onclick: function () { exportDraft(form, draft); } }));
    actions.appendChild(el('button', { type: 'button', className: 'btn btn-outline-danger field-touch', id: 'discard', text: t('discard'),
      onclick: function () {
        if (window.confirm(t('discardConfirm'))) { deleteDraft(key).then(function () { state.current = null; render(); }); }
      } }));
    form.appendChild(actions);
  }

  function sealText(c) {
    var mine = (state.download ? state.download.sealRanges : []).filter(function (r) {
      return c.samplers.some(function (s) { return s.username === r.samplerUsername; });
    });
    return mine.length ? mine.map(function (r) {
      var s = c.samplers.filter(function (x) { return x.username === r.samplerUsername; })[0];
      return s.name + ' ' + r.first + '–' + r.last;
    }).join('；') : t('noSeals');
  }

  function field(f, draft, c, editable, reinspection) {
    var id = f.name;
    var value = draft.form[f.name];
    var fixedBy = c.form && FieldRules.fixed(c.form.schema, f.name);
    var wrap = el('div', { className: f.type === 'checkbox' ? 'form-check field-check mb-3' : 'mb-3' });
    var input;
    if (f.type === 'select') {
      var options = f.name === 'reason' ? (state.download.rules.reasons[draft.outcome] || []) : f.options;
      // a re-inspection without a sample is a refusal only (Order 18: refusing the re-inspection counts as failed)
      if (reinspection && f.name === 'outcome') options = ['REFUSED'];
      input = el('select', { className: 'form-select field-touch', id: id, name: f.name, disabled: !editable, onchange: function (e) {
        if (f.name === 'channel' || f.name === 'outcome') {
          var form = document.getElementById('field-form');
          collect(form, draft);
          if (f.name === 'outcome') draft.outcome = e.target.value;
          render();
        }
      } }, [el('option', { value: '', text: '—' })].concat(options.map(function (o) {
        return el('option', { value: o, selected: value === o, text: t('o.' + o) });
      })));
    } else if (f.type === 'textarea') {
      input = el('textarea', { className: 'form-control', id: id, name: f.name, rows: 3, disabled: !editable });
      input.value = value || '';
    } else if (f.type === 'checkbox') {
      input = el('input', { className: 'form-check-input', type: 'checkbox', id: id, name: f.name, disabled: !editable, checked: value === true });
    } else {
      input = el('input', { className: 'form-control field-touch', id: id, name: f.name, type: f.type === 'date' ? 'date' : 'text',
        inputmode: f.inputmode, disabled: !editable, readonly: !!fixedBy, autocomplete: 'off' });
      input.value = fixedBy ? String(fixedBy.const) : value === undefined || value === null ? '' : value;
    }
    var label = el('label', { className: f.type === 'checkbox' ? 'form-check-label' : 'form-label', 'for': id, text: t('f.' + f.name) });
    if (f.name === 'testQuantity' || f.name === 'backupQuantity') {
      label.appendChild(el('span', { className: 'text-muted small', text: ' ' + t('atLeast', [f.name === 'testQuantity' ? c.rule.testPortion : c.rule.backupPortion, unit(c.rule.unit)]) }));
    }
    if (f.type === 'checkbox') { wrap.appendChild(input); wrap.appendChild(label); }
    else { wrap.appendChild(label); wrap.appendChild(input); }
    if (fixedBy && fixedBy['x-reason']) wrap.appendChild(el('div', { className: 'form-text', id: id + '-fixed', text: fixedBy['x-reason'] }));
    wrap.appendChild(el('div', { className: 'invalid-feedback d-block', id: id + '-error' }));
    return wrap;
  }

  function collect(form, draft) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name], select[name], textarea[name]'), function (i) {
      if (i.name === 'samplers') return;
      draft.form[i.name] = i.type === 'checkbox' ? i.checked : i.value;
    });
    if (draft.step === 'confirmSampling') return;
    draft.form.samplers = Array.prototype.map.call(form.querySelectorAll('input[name=samplers]:checked'), function (i) { return i.value; });
    if (draft.outcome !== 'SAMPLED' && draft.form.outcome) draft.outcome = draft.form.outcome;
  }

  function addPhotos(input, form, draft) {
    collect(form, draft);
    var files = Array.prototype.slice.call(input.files || []);
    var chain = Promise.resolve();
    files.forEach(function (file) {
      chain = chain.then(function () { return compress(file); }).then(function (p) { draft.photos.push(p); });
    });
    chain.then(function () {
      draft.status = draft.status === 'saved' ? 'editing' : (draft.status || 'editing');
      return putDraft(draft);
    }).then(render).catch(function () { banner(t('photoFailed'), 'warning'); });
  }

  function serverErrors(draft) {
    if (draft.status !== 'rejected' || !draft.problem || !draft.problem.errors) return [];
    return draft.problem.errors.map(function (e) { return { field: e.field, message: e.message }; });
  }

  function showErrors(errors) {
    var form = document.getElementById('field-form');
    if (!form) return;
    Array.prototype.forEach.call(form.querySelectorAll('.invalid-feedback'), function (e) { e.textContent = ''; });
    Array.prototype.forEach.call(form.querySelectorAll('.is-invalid'), function (e) { e.classList.remove('is-invalid'); });
    var summary = document.getElementById('form-error');
    summary.classList.add('d-none');
    if (!errors || !errors.length) return;
    errors.forEach(function (e) {
      var name = String(e.field || '').replace(/^form\./, '').replace(/\[.*$/, '');
      var text = e.text || e.message || t('problem.' + e.rule, e.args);
      if (name === 'photoIds' || name === 'evidenceIds' || name === 'signaturePhotoId') name = 'photos';
      var target = document.getElementById(name + '-error') || summary;
      target.textContent = target.textContent ? target.textContent + ' ' + text : text;
      var input = document.getElementById(name);
      if (input) input.classList.add('is-invalid');
      if (target === summary) summary.classList.remove('d-none');
    });
    summary.textContent = summary.textContent || t('fixErrors');
    summary.classList.remove('d-none');
  }

  /**
   * A refusal's text in the sampler's language: the app's own text of the rule, else the constraint's text that came
   * with the schema, else the keyword's (a Bean Validation rule such as Size names no field of its own).
   */
  function problemText(e, c) {
    var name = String(e.field || '').replace(/\[.*$/, '');
    var minSamplers = state.download.rules.minSamplers;
    if (name === 'samplers' && (e.keyword === 'minItems' || e.keyword === 'required' || e.keyword === 'type')) {
      return t('problem.MIN_TWO_SAMPLERS', [e.keyword === 'minItems' ? e.args[0] : minSamplers]);
    }
    if (/SealNumber$/.test(name) && e.keyword === 'pattern') return t('problem.SEAL_FORMAT');
    if ((name === 'evidenceIds' || name === 'photoIds') && e.keyword === 'maxItems') return t('problem.TOO_MANY_PHOTOS', e.args);
    if (name === 'evidenceIds') return t('problem.EVIDENCE_REQUIRED');
    if (e.keyword === 'maxLength') return t('problem.TOO_LONG', e.args);
    if (e.rule === 'BELOW_RULE_QUANTITY') return t('problem.BELOW_RULE_QUANTITY', [e.args[0], c.rule ? unit(c.rule.unit) : '']);
    if (['NotNull', 'NotBlank', 'NotEmpty'].indexOf(e.rule) >= 0) return t('problem.REQUIRED');
    if (TEXTS['problem.' + e.rule] !== undefined) return t('problem.' + e.rule, e.args);
    return e.message || t('problem.MALFORMED_VALUE');
  }

  function save(form, draft) {
    collect(form, draft);
    var c = caseOf(draft.caseCode) || draft.snapshot;
    var others = Object.keys(state.drafts).map(function (k) { return state.drafts[k]; });
    var errors = FieldRules.validate(draft, checkedForm(draft), c, state.download, others).map(function (e) {
      e.text = problemText(e, c);
      return e;
    });
    draft.errors = errors;
    draft.savedAt = new Date().toISOString();
    if (errors.length) {
      draft.status = 'editing';
    } else {
      var submission = submissionOf(draft);
      // a new key for each new content: a repeat of the same content keeps its key (exactly once)
      if (submission !== draft.submission || !draft.idempotencyKey || draft.status !== 'saved') {
        draft.idempotencyKey = crypto.randomUUID();
      }
      draft.submission = submission;
      draft.status = 'saved';
      draft.problem = null;
    }
    putDraft(draft).then(function () {
      render();
      if (errors.length) return;
      banner(navigator.onLine ? t('savedSyncing') : t('savedOffline'), 'success');
      if (navigator.onLine) sync();
    });
  }

  function exportDraft(form, draft) {
    if (draft.status !== 'synced') collect(form, draft);
    var blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
    var a = el('a', { href: URL.createObjectURL(blob), download: 'spotcheck-' + draft.caseCode + '.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    draft.exportedAt = new Date().toISOString();
    putDraft(draft);
  }

  // ---- start ----
  document.getElementById('download').addEventListener('click', download);
  document.getElementById('sync').addEventListener('click', sync);
  window.addEventListener('online', function () { showOnline(); sync(); });
  window.addEventListener('offline', showOnline);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/field/sw.js', { scope: '/field/' }).then(function () {
      document.documentElement.setAttribute('data-sw', 'registered');
    }).catch(function () { document.documentElement.setAttribute('data-sw', 'failed'); });
  }
  load().then(function () {
    render();
    document.documentElement.setAttribute('data-ready', 'true');
    if (navigator.onLine) {
      (state.download ? sync() : download());
    }
  });
  window.FieldApp = { sync: sync, state: state };
})();
