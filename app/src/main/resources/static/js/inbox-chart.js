// Draws the inbox's "tasks by step" chart from the canvas's data attributes (no inline script: CSP).
// Its height follows the number of steps, not the width: drawn with the canvas's aspect ratio, the chart shrank with the
// screen and on a 390 px phone its bars were squashed to a few pixels (ui17). Each step gets a readable bar of its own.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('inbox-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var labels = JSON.parse(canvas.dataset.labels || '[]');
  var values = JSON.parse(canvas.dataset.values || '[]');
  var frame = canvas.parentElement;
  frame.style.position = 'relative';
  frame.style.height = Math.max(140, 48 + 36 * labels.length) + 'px'; // one step still gets a chart, not a strip
  window.inboxChart = new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: canvas.dataset.title, data: values, backgroundColor: '#0d6efd' }] },
    options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } },
      scales: { x: { ticks: { precision: 0 } } } }
  });
});
