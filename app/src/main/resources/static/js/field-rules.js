/*
 * The server's checks of the field app's steps (现场抽样、封样, 复查抽样, 企业确认抽样单), applied offline to a saved
 * form (issue 19, ADR 0019). Two parts, neither with a number of its own:
 *
 * 1. The step's form as JSON Schema, downloaded with each case ("form": the schema the server serves with the task and
 *    checks every completion against, with the rule of each keyword). checkSchema applies it to the form exactly as it
 *    will be sent: required fields, lengths, the seal pattern, two samplers, the rule's quantities, the online fields,
 *    photos and the paper signature. A refusal names the rule the server would (FormValidator).
 * 2. What a schema cannot say (ADR 0019, decision 9): the drawn samplers and the recorder among them, the seal ranges
 *    issued to the samplers present, two distinct seals, a batch number or a production date, a production date not
 *    after today, samples bought, a reason that fits the outcome, and a seal already on another form of this device.
 *    These come from the download ("rules", the case, "sealRanges") and the device's other forms.
 *
 * Returns [{field, rule, args, message}] like the server's problem "errors".
 */
(function (global) {
  'use strict';

  function blank(v) { return v === undefined || v === null || String(v).trim() === ''; }

  /** Today in China (yyyy-MM-dd), the day the server judges a date by (BusinessDayValidation). */
  function chinaToday() { return new Date(Date.now() + 8 * 3600 * 1000).toISOString().substring(0, 10); }

  /** SealRanges.key: a seal number stripped and in upper case. */
  function sealKey(seal) { return String(seal || '').trim().toUpperCase(); }

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

  // ---- JSON Schema (draft 2020-12), the keywords FormSchemas writes; types loose as the server's validator ----

  function typeOf(v) {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v; // string, boolean, object
  }

  /** Loose like the server (typeLoose): "12" is an integer, "true" a boolean, a decimal string a number. */
  function hasType(v, type) {
    var actual = typeOf(v);
    if (actual === type || (type === 'number' && actual === 'integer')) return true;
    if (actual === 'string' && (type === 'integer' || type === 'number')) {
      return type === 'integer' ? /^-?[0-9]+$/.test(v.trim()) : /^-?[0-9]+(\.[0-9]+)?$/.test(v.trim());
    }
    if (actual === 'string' && type === 'boolean') return v === 'true' || v === 'false';
    return false;
  }

  function same(a, b) {
    if (a === b) return true;
    if (typeof b === 'number' && !blank(a) && !isNaN(Number(a))) return Number(a) === b;
    return false;
  }

  /** A pattern of the schema (Java's syntax, which these patterns share with JavaScript); one JS cannot read is skipped. */
  function matches(pattern, value) {
    try {
      return new RegExp(pattern, 'u').test(value);
    } catch (e) {
      return true; // the server checks it when the form arrives
    }
  }

  function escape(token) { return String(token).replace(/~/g, '~0').replace(/\//g, '~1'); }

  /**
   * The value's violations of the schema: [{field, pointer, keyword, limit}], field named as the server names it
   * (samplers[0], results.PB-01); pointer is the keyword's place in the schema, as in the schema's "rules".
   */
  function violations(schema, value, pointer, field, out) {
    if (!schema || typeof schema !== 'object') return out;
    function add(keyword, limit, name) {
      out.push({ field: name === undefined ? field : name, pointer: pointer + '/' + keyword, keyword: keyword, limit: limit });
    }
    if (schema.type !== undefined) {
      var types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some(function (t) { return hasType(value, t); })) { add('type', schema.type); return out; }
    }
    if (schema.enum && !schema.enum.some(function (e) { return same(value, e); })) add('enum', schema.enum);
    if (schema.const !== undefined && !same(value, schema.const)) add('const', schema.const);
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) add('minLength', schema.minLength);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) add('maxLength', schema.maxLength);
      if (schema.pattern !== undefined && !matches(schema.pattern, value)) add('pattern', schema.pattern);
    }
    if ((typeof value === 'number' || typeof value === 'string') && !blank(value) && !isNaN(Number(value))) {
      var n = Number(value);
      if (schema.minimum !== undefined && n < schema.minimum) add('minimum', schema.minimum);
      if (schema.maximum !== undefined && n > schema.maximum) add('maximum', schema.maximum);
      if (schema.exclusiveMinimum !== undefined && n <= schema.exclusiveMinimum) add('exclusiveMinimum', schema.exclusiveMinimum);
      if (schema.exclusiveMaximum !== undefined && n >= schema.exclusiveMaximum) add('exclusiveMaximum', schema.exclusiveMaximum);
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) add('minItems', schema.minItems);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) add('maxItems', schema.maxItems);
      if (schema.items) {
        value.forEach(function (v, i) { violations(schema.items, v, pointer + '/items', field + '[' + i + ']', out); });
      }
    }
    if (value && typeOf(value) === 'object') {
      var prefix = field ? field + '.' : '';
      (schema.required || []).forEach(function (name) {
        if (!(name in value)) out.push({ field: prefix + name, pointer: pointer + '/required/' + name, keyword: 'required' });
      });
      var properties = schema.properties || {};
      Object.keys(value).forEach(function (name) {
        if (properties[name]) {
          violations(properties[name], value[name], pointer + '/properties/' + escape(name), prefix + name, out);
        } else if (schema.additionalProperties === false) {
          out.push({ field: prefix + name, pointer: pointer + '/additionalProperties', keyword: 'additionalProperties' });
        } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          violations(schema.additionalProperties, value[name], pointer + '/additionalProperties', prefix + name, out);
        }
      });
    }
    if (schema.if) {
      var holds = violations(schema.if, value, pointer + '/if', field, []).length === 0;
      if (holds && schema.then) violations(schema.then, value, pointer + '/then', field, out);
      if (!holds && schema.else) violations(schema.else, value, pointer + '/else', field, out);
    }
    (schema.allOf || []).forEach(function (s, i) { violations(s, value, pointer + '/allOf/' + i, field, out); });
    if (schema.anyOf && !schema.anyOf.some(function (s, i) { return violations(s, value, pointer + '/anyOf/' + i, field, []).length === 0; })) {
      add('anyOf');
    }
    if (schema.not && violations(schema.not, value, pointer + '/not', field, []).length === 0) add('not');
    return out;
  }

  /**
   * The form's violations of its step's schema, each with the rule the server names (FormValidator.violation): a
   * missing or null value takes the rule that makes it required, another keyword the rule of its pointer, anything
   * else is MALFORMED_VALUE. One violation per field and rule.
   */
  function checkSchema(form, value) {
    var rules = form.rules || {};
    var messages = form.messages || {};
    var seen = {};
    var out = [];
    violations(form.schema, value, '', '', []).forEach(function (v) {
      var rule;
      var message = messages[v.pointer];
      if (v.keyword === 'required') {
        rule = rules[v.pointer] || 'NotNull';
      } else if ((v.keyword === 'type' || v.keyword === 'enum' || (v.keyword === 'const' && !rules[v.pointer])) && valueAt(value, v.field) === null) {
        var slash = v.pointer.lastIndexOf('/properties/');
        var name = v.field.substring(v.field.lastIndexOf('.') + 1);
        rule = rules[(slash < 0 ? '' : v.pointer.substring(0, slash)) + '/required/' + name] || 'NotNull';
        message = undefined;
      } else if (v.keyword === 'anyOf' || v.keyword === 'not') {
        return; // the branch's own violations name the field
      } else {
        rule = rules[v.pointer] || 'MALFORMED_VALUE';
      }
      if (seen[v.field + '|' + rule]) return;
      seen[v.field + '|' + rule] = true;
      out.push({ field: v.field, rule: rule, keyword: v.keyword, args: v.limit === undefined || typeof v.limit === 'object' ? [] : [v.limit],
        message: message });
    });
    return out;
  }

  function valueAt(value, field) {
    var v = value;
    String(field).split('.').forEach(function (name) { v = v && typeof v === 'object' ? v[name] : undefined; });
    return v === undefined ? undefined : v;
  }

  /** Whether the schema fixes a field of the sampling form (a re-inspection's amountPaid is 0: samples are free). */
  function fixed(schema, name) {
    var p = schema && schema.then && schema.then.properties && schema.then.properties[name];
    return p && p.readOnly && p.const !== undefined ? p : null;
  }

  /**
   * All the checks of one form before it is saved as ready to send.
   *
   * @param draft  the form on the device ({step, outcome, form, photos})
   * @param sent   the form exactly as it will be sent, with one placeholder id per photo (photoIds, evidenceIds,
   *               signaturePhotoId): the server puts the stored photos' ids there
   * @param kase   the downloaded case (its "form": schema and rules; samplers; rule)
   * @param others the device's other forms
   */
  function validate(draft, sent, kase, download, others) {
    var errors = checkSchema(kase.form, sent);
    function add(field, rule, args) { errors.push({ field: field, rule: rule, args: args || [] }); }
    if (draft.step === 'confirmSampling') return errors;
    var rules = download.rules;
    var f = sent;
    var drawn = kase.samplers.map(function (s) { return s.username; });
    var samplers = (f.samplers || []).filter(function (s, i, a) { return a.indexOf(s) === i; });
    samplers.forEach(function (s) { if (drawn.indexOf(s) < 0) add('samplers', 'SAMPLER_NOT_DRAWN', [s]); });
    if (samplers.indexOf(download.user.username) < 0) add('samplers', 'RECORDER_NOT_PRESENT');
    if (draft.outcome && draft.outcome !== 'SAMPLED') {
      var reasons = rules.reasons[draft.outcome] || [];
      if (!blank(f.reason) && reasons.indexOf(f.reason) < 0) add('reason', 'REASON_DOES_NOT_FIT_OUTCOME');
      return errors;
    }
    ['testSealNumber', 'backupSealNumber'].forEach(function (name) {
      if (blank(f[name]) || errors.some(function (e) { return e.field === name; })) return;
      if (!sealAllowed(f[name], download.sealRanges, samplers, rules.sealRangesRequired)) {
        add(name, 'SEAL_NOT_ISSUED', [f[name].trim()]);
        return;
      }
      // a seal closes one portion (ADR 0019 decision 8): one already on another form of this device is refused here,
      // as the server refuses it at sync (SEAL_ALREADY_USED)
      var other = (others || []).filter(function (d) {
        return d.caseCode !== draft.caseCode && (d.status === 'saved' || d.status === 'synced') && d.step !== 'confirmSampling'
          && (d.outcome || 'SAMPLED') === 'SAMPLED' && d.form
          && (sealKey(d.form.testSealNumber) === sealKey(f[name]) || sealKey(d.form.backupSealNumber) === sealKey(f[name]));
      })[0];
      if (other) add(name, 'SEAL_ALREADY_USED', [f[name].trim(), other.snapshot ? other.snapshot.enterprise.name : other.caseCode]);
    });
    if (!blank(f.testSealNumber) && sealKey(f.testSealNumber) === sealKey(f.backupSealNumber)) add('backupSealNumber', 'DISTINCT_SEALS');
    if (rules.batchOrDate && blank(f.batchNumber) && blank(f.productionDate)) add('batchNumber', 'BATCH_OR_DATE_REQUIRED');
    // the server's rule and day (forms17): PastOrPresent against the sampling day in China (UTC+8, no summer time),
    // not the UTC day, which is still yesterday before 08:00 in Beijing
    if (!blank(f.productionDate) && f.productionDate > chinaToday()) add('productionDate', 'PastOrPresent');
    if (rules.samplesAreBought && !fixed(kase.form.schema, 'amountPaid') && !blank(f.amountPaid) && Number(f.amountPaid) === 0) {
      add('amountPaid', 'SAMPLES_ARE_BOUGHT');
    }
    return errors;
  }

  global.FieldRules = { validate: validate, checkSchema: checkSchema, sealAllowed: sealAllowed, fixed: fixed };
})(typeof window !== 'undefined' ? window : this);
