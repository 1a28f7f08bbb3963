// A photo picked in an upload field shows as a thumbnail at once, before its upload completes (issue 17.5):
// on a phone the sampler sees what the camera took. The file stays where it is; nothing is sent from here.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.id) {
    return;
  }
  var box = document.querySelector('[data-preview-of="' + input.id + '"]');
  if (!box || !input.files) {
    return;
  }
  Array.prototype.forEach.call(input.files, function (file) {
    if (!/^image\/(jpeg|png)$/.test(file.type)) {
      return;
    }
    var img = document.createElement('img');
    img.className = 'upload-thumb rounded border';
    img.alt = file.name;
    img.src = URL.createObjectURL(file);
    img.onload = function () { URL.revokeObjectURL(img.src); };
    box.appendChild(img);
  });
}, true);
