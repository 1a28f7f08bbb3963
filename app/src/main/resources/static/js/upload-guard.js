// While a file field's upload runs (htmx, hx-encoding multipart), the form it sits in cannot be submitted: its submit
// buttons are disabled and read 上传中… (the field's data-uploading), and the field's status line shows, until every
// upload of the form has answered (issue 12's walk: a report submitted mid-upload lost the link to its evidence).
(function () {
  function isUpload(elt) {
    return elt instanceof HTMLInputElement && elt.type === 'file' && elt.hasAttribute('hx-post');
  }

  function running(form) {
    return parseInt(form.getAttribute('data-uploads-running') || '0', 10);
  }

  function show(form, text) {
    var busy = running(form) > 0;
    form.querySelectorAll('button[type="submit"], input[type="submit"]').forEach(function (button) {
      if (busy) {
        if (!button.hasAttribute('data-idle-label')) {
          button.setAttribute('data-idle-label', button.textContent);
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        button.textContent = text;
      } else {
        button.disabled = false;
        button.removeAttribute('aria-busy');
        if (button.hasAttribute('data-idle-label')) {
          button.textContent = button.getAttribute('data-idle-label');
          button.removeAttribute('data-idle-label');
        }
      }
    });
  }

  function track(event, delta) {
    var input = event.detail && event.detail.elt;
    if (!isUpload(input) || !input.form) {
      return;
    }
    var form = input.form;
    form.setAttribute('data-uploads-running', String(Math.max(0, running(form) + delta)));
    var status = document.getElementById(input.id.replace(/^upload-/, 'uploading-'));
    if (status) {
      var own = parseInt(input.getAttribute('data-uploads-running') || '0', 10) + delta;
      input.setAttribute('data-uploads-running', String(Math.max(0, own)));
      status.hidden = own <= 0;
    }
    show(form, input.getAttribute('data-uploading') || '…');
  }

  document.addEventListener('htmx:beforeRequest', function (event) { track(event, 1); });
  // afterRequest follows every end: an answer, an error, a timeout, an abort
  document.addEventListener('htmx:afterRequest', function (event) { track(event, -1); });
  // Enter in a text field submits without the button: held too while an upload runs
  document.addEventListener('submit', function (event) {
    if (event.target instanceof HTMLFormElement && running(event.target) > 0) {
      event.preventDefault();
    }
  }, true);
})();
