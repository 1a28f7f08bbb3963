/*
 * The server's checks of the 现场抽样、封样 step, applied offline to a saved form (issue 19). The
 * numbers come from the download (GET /field/api/cases: "rules", the case's "rule" and "samplers", the
 * "sealRanges"), never from this file, so that the server stays the one source; the server applies
 * the same checks again when the form arrives (SamplingForm, NonSamplingForm, SamplingRecordService,
 * SealRanges). Returns [{field, rule, args}] like the server's problem "errors".
 */
(function (global) {
  'use strict';

  function blank(v) { return v === undefined || v === null || String(v).trim() === ''; }

  /** SealRanges.allowed: a number of one of the authority's series must be in a range of a sampler present. */
  function sealAllowed(seal, ranges, samplers, required) {
    var s = String(seal || '').trim();
    var ofASeries = false;
    for (var i = 0; i < ranges.length; i++) {
      var r = ranges[i];
      if (s.indexOf(r.prefix) !== 0 || s.length !== r.prefix.length + r.digits) continue;
      var rest = s.substring(r.prefix.length);
      if (!/^[0-9]+$/.test(rest)) continue;
      ofASeries = true;
      var n = parseInt(rest, 10);
      if (n >= r.firstNumber && n <= r.lastNumber && samplers.indexOf(r.samplerUsername) >= 0) return true;
    }
    return !ofASeries && !required;
  }

  function validate(draft, kase, download) {
    var rules = download.rules;
    var f = draft.form || {};
    var errors = [];
    function add(field, rule, args) { errors.push({ field: field, rule: rule, args: args || [] }); }
    var drawn = kase.samplers.map(function (s) { return s.username; });
    var samplers = (f.samplers || []).filter(function (s, i, a) { return a.indexOf(s) === i; });
    if (samplers.length < rules.minSamplers) add('samplers', 'MIN_TWO_SAMPLERS', [rules.minSamplers]);
    samplers.forEach(function (s) { if (drawn.indexOf(s) < 0) add('samplers', 'SAMPLER_NOT_DRAWN', [s]); });
    if (samplers.indexOf(download.user.username) < 0) add('samplers', 'RECORDER_NOT_PRESENT');
    var photos = (draft.photos || []).length;
    if (photos > rules.maxPhotos) add('photos', 'TOO_MANY_PHOTOS', [rules.maxPhotos]);
    if (draft.outcome && draft.outcome !== 'SAMPLED') {
      var reasons = rules.reasons[draft.outcome] || [];
      if (blank(f.reason) || reasons.indexOf(f.reason) < 0) add('reason', 'REQUIRED');
      if (blank(f.note)) add('note', 'REQUIRED');
      else if (f.note.length > rules.maxLength.note) add('note', 'TOO_LONG', [rules.maxLength.note]);
      if (photos < rules.minPhotos.NOT_SAMPLED) add('photos', 'EVIDENCE_REQUIRED');
      return errors;
    }
    rules.required.forEach(function (name) { if (blank(f[name])) add(name, 'REQUIRED'); });
    Object.keys(rules.maxLength).forEach(function (name) {
      if (!blank(f[name]) && String(f[name]).length > rules.maxLength[name]) add(name, 'TOO_LONG', [rules.maxLength[name]]);
    });
    var test = parseInt(f.testQuantity, 10), backup = parseInt(f.backupQuantity, 10);
    if (!blank(f.testQuantity) && !(test >= kase.rule.testPortion)) {
      add('testQuantity', 'BELOW_RULE_QUANTITY', [kase.rule.testPortion, kase.rule.unit]);
    }
    if (!blank(f.backupQuantity) && !(backup >= kase.rule.backupPortion)) {
      add('backupQuantity', 'BELOW_RULE_QUANTITY', [kase.rule.backupPortion, kase.rule.unit]);
    }
    var pattern = new RegExp(rules.sealPattern);
    ['testSealNumber', 'backupSealNumber'].forEach(function (name) {
      if (blank(f[name])) return;
      if (!pattern.test(f[name])) add(name, 'SEAL_FORMAT');
      else if (!sealAllowed(f[name], download.sealRanges, samplers, rules.sealRangesRequired)) add(name, 'SEAL_NOT_ISSUED', [f[name].trim()]);
    });
    if (!blank(f.testSealNumber) && String(f.testSealNumber).toLowerCase() === String(f.backupSealNumber || '').toLowerCase()) {
      add('backupSealNumber', 'DISTINCT_SEALS');
    }
    if (rules.batchOrDate && blank(f.batchNumber) && blank(f.productionDate)) add('batchNumber', 'BATCH_OR_DATE_REQUIRED');
    if (!blank(f.productionDate) && f.productionDate > new Date().toISOString().substring(0, 10)) add('productionDate', 'PAST_OR_PRESENT');
    if (rules.samplesAreBought && !blank(f.amountPaid) && Number(f.amountPaid) === 0) add('amountPaid', 'SAMPLES_ARE_BOUGHT');
    ['unitPrice', 'amountPaid'].forEach(function (name) {
      if (!blank(f[name]) && !(Number(f[name]) >= 0)) add(name, 'NOT_A_NUMBER');
    });
    if (f.channel === 'E_COMMERCE') {
      rules.onlineRequired.forEach(function (name) { if (blank(f[name])) add(name, 'REQUIRED'); });
      if (f.backupLocation !== rules.onlineBackupAt) add('backupLocation', 'ONLINE_BACKUP_AT_LAB');
    }
    var min = rules.minPhotos[f.channel] || 0;
    if (photos < min) add('photos', 'ONLINE_SCREENSHOTS_REQUIRED');
    return errors;
  }

  global.FieldRules = { validate: validate, sealAllowed: sealAllowed };
})(typeof window !== 'undefined' ? window : this);
