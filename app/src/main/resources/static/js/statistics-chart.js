// Draws the statistics dashboard's chart from the canvas's data attributes (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('statistics-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var labels = JSON.parse(canvas.dataset.labels || '[]');
  var rate = function (v) { return v === null ? null : Number(v); };
  // rates are decimal strings ("12.5"), as everywhere in the JSON this app writes
  var initial = JSON.parse(canvas.dataset.initial || '[]').map(rate);
  var final_ = JSON.parse(canvas.dataset.final || '[]').map(rate);
  window.statisticsChart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.initialTitle, data: initial, backgroundColor: '#fd7e14' },
        { label: canvas.dataset.finalTitle, data: final_, backgroundColor: '#dc3545' }
      ]
    },
    options: { scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: '%' } } } }
  });
  var batches = document.getElementById('batches-chart');
  if (batches) {
    window.batchesChart = new Chart(batches, {
      type: 'doughnut',
      data: { labels: labels, datasets: [{ data: JSON.parse(batches.dataset.values || '[]') }] },
      options: { plugins: { legend: { position: 'right' } } }
    });
  }
});
