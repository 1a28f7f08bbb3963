// Draws a case's process diagrams with bpmn-js (ADR 0012): one tab per process instance (a spot-check
// case calls result handling, which calls lab tests), each marked from the engine's history: finished
// elements, the current ones and the taken sequence flows. Zoom and pan by mouse, by touch and by
// buttons. No inline script (CSP): the data comes from the address in data-url.
(function () {
  'use strict';

  var MARK = { finished: 'case-finished', current: 'case-current', flows: 'case-taken' };
  /** Below this scale a step's 12px label is too small to read. */
  var LEGIBLE = 0.6;

  function text(root, selector, fallback) {
    var el = root.querySelector(selector);
    return el ? el.textContent : fallback;
  }

  function label(root, process, sameKeyIndex, sameKeyCount) {
    var name = text(root, '[data-process-name="' + process.processKey + '"]', process.processName || process.processKey);
    if (sameKeyCount > 1) {
      name += ' ' + sameKeyIndex;
    }
    return name;
  }

  /**
   * The diagram in the reader's language: the page's data names the elements whose label differs from the
   * BPMN's own (Chinese) name (an English page), and their names are replaced before bpmn-js draws them.
   * Without labels (a Chinese page) the XML is drawn as deployed.
   */
  function relabel(xml, labels) {
    if (!labels || !Object.keys(labels).length || typeof DOMParser === 'undefined') {
      return xml;
    }
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      return xml;
    }
    var elements = doc.getElementsByTagName('*');
    for (var i = 0; i < elements.length; i++) {
      var id = elements[i].getAttribute('id');
      if (id && Object.prototype.hasOwnProperty.call(labels, id) && elements[i].hasAttribute('name')) {
        elements[i].setAttribute('name', labels[id]);
      }
    }
    return new XMLSerializer().serializeToString(doc);
  }

  /** One finger pans, two fingers pinch-zoom around their midpoint. */
  function touchNavigation(container, canvas) {
    var last = null;
    function snapshot(e) {
      var t = e.touches;
      var s = { n: t.length, x: t[0].clientX, y: t[0].clientY, d: 0 };
      if (t.length > 1) {
        s.x = (t[0].clientX + t[1].clientX) / 2;
        s.y = (t[0].clientY + t[1].clientY) / 2;
        s.d = Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
      }
      return s;
    }
    container.addEventListener('touchstart', function (e) {
      last = snapshot(e);
    }, { passive: true });
    container.addEventListener('touchmove', function (e) {
      if (!last) {
        return;
      }
      e.preventDefault();
      var now = snapshot(e);
      if (now.n === last.n) {
        if (now.n > 1 && last.d > 0) {
          var rect = container.getBoundingClientRect();
          canvas.zoom(canvas.zoom() * now.d / last.d, { x: now.x - rect.left, y: now.y - rect.top });
        }
        canvas.scroll({ dx: now.x - last.x, dy: now.y - last.y });
      }
      last = now;
    }, { passive: false });
    container.addEventListener('touchend', function (e) {
      last = e.touches.length ? snapshot(e) : null;
    });
  }

  function mark(viewer, process) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    Object.keys(MARK).forEach(function (list) {
      (process[list] || []).forEach(function (id) {
        if (registry.get(id)) { // an activity the diagram does not draw (none today) is skipped
          canvas.addMarker(id, MARK[list]);
        }
      });
    });
  }

  /**
   * The whole diagram when it is legible so; on a narrow screen, where the whole would be too small to
   * read, a legible scale centred on the current step (zoom out or "fit" shows the whole).
   */
  function fit(viewer, process) {
    var canvas = viewer.get('canvas');
    var scale = canvas.zoom('fit-viewport', 'auto');
    var focus = (process.current || []).map(function (id) {
      return viewer.get('elementRegistry').get(id);
    }).filter(Boolean)[0];
    if (scale >= LEGIBLE || !focus) {
      return;
    }
    var outer = canvas.viewbox().outer;
    var width = outer.width / LEGIBLE;
    var height = outer.height / LEGIBLE;
    canvas.viewbox({
      x: focus.x + focus.width / 2 - width / 2,
      y: focus.y + focus.height / 2 - height / 2,
      width: width,
      height: height
    });
  }

  function render(root, data) {
    var tabs = root.querySelector('.case-diagram-tabs');
    var panes = root.querySelector('.case-diagram-panes');
    var viewers = {};
    var active = null;
    var counts = {};
    var seen = {};
    data.processes.forEach(function (p) {
      counts[p.processKey] = (counts[p.processKey] || 0) + 1;
    });

    function open(index) {
      var process = data.processes[index];
      Array.prototype.forEach.call(tabs.querySelectorAll('button'), function (b, i) {
        b.classList.toggle('active', i === index);
        b.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      Array.prototype.forEach.call(panes.children, function (pane, i) {
        pane.hidden = i !== index;
      });
      active = index;
      if (viewers[index]) {
        viewers[index].get('canvas').resized();
        return Promise.resolve(viewers[index]);
      }
      var pane = panes.children[index];
      var viewer = new BpmnJS({ container: pane });
      viewers[index] = viewer;
      var xml = relabel(data.definitions[process.processDefinitionId], (data.labels || {})[process.processDefinitionId]);
      return viewer.importXML(xml).then(function () {
        mark(viewer, process);
        fit(viewer, process);
        touchNavigation(pane, viewer.get('canvas'));
        pane.setAttribute('data-rendered', 'true');
        return viewer;
      });
    }

    var first = 0;
    data.processes.forEach(function (p, i) {
      seen[p.processKey] = (seen[p.processKey] || 0) + 1;
      var li = document.createElement('li');
      li.className = 'nav-item';
      li.setAttribute('role', 'presentation');
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'nav-link py-1 px-2';
      b.setAttribute('role', 'tab');
      b.setAttribute('data-process-key', p.processKey);
      b.setAttribute('data-process-instance', p.processInstanceId);
      b.textContent = label(root, p, seen[p.processKey], counts[p.processKey]);
      var state = document.createElement('span');
      state.className = 'badge ms-1 ' + (p.endedAt ? 'text-bg-light border' : 'text-bg-warning');
      state.textContent = text(root, p.endedAt ? '.case-diagram-ended' : '.case-diagram-running', '');
      b.appendChild(state);
      b.addEventListener('click', function () {
        open(i).catch(function (e) { fail(root, e); });
      });
      li.appendChild(b);
      tabs.appendChild(li);
      var pane = document.createElement('div');
      pane.className = 'case-diagram-pane';
      pane.setAttribute('role', 'tabpanel');
      pane.setAttribute('data-process-key', p.processKey);
      pane.setAttribute('data-process-instance', p.processInstanceId);
      pane.hidden = true;
      panes.appendChild(pane);
      if (p.shown) {
        first = i;
      }
    });
    tabs.hidden = data.processes.length < 2;

    root.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var viewer = viewers[active];
        if (!viewer) {
          return;
        }
        var canvas = viewer.get('canvas');
        var how = button.getAttribute('data-zoom');
        if (how === 'fit') {
          canvas.zoom('fit-viewport', 'auto');
        } else {
          canvas.zoom(canvas.zoom() * (how === 'in' ? 1.25 : 0.8));
        }
      });
    });
    window.addEventListener('resize', function () {
      if (viewers[active]) {
        viewers[active].get('canvas').resized();
      }
    });
    return open(first).then(function () {
      root.setAttribute('data-ready', 'true');
    });
  }

  function fail(root, error) {
    var message = root.querySelector('.case-diagram-error');
    if (message) {
      message.hidden = false;
    }
    if (window.console) {
      window.console.error(error);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('case-diagram');
    if (!root || typeof BpmnJS === 'undefined') {
      return;
    }
    fetch(root.getAttribute('data-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) { return render(root, data); })
      .catch(function (e) { fail(root, e); });
  });
}());
