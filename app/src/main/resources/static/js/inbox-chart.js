// Draws the inbox's "tasks by step" chart from the canvas's data attributes (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('inbox-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var labels = JSON.parse(canvas.dataset.labels || '[]');
  var values = JSON.parse(canvas.dataset.values || '[]');
  window.inboxChart = new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: canvas.dataset.title, data: values, backgroundColor: '#0d6efd' }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { ticks: { precision: 0 } } } }
  });
});
