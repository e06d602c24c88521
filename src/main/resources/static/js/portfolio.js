/*
 * Keyline portfolio dashboard: draws each chart from the JSON in its canvas's data-chart
 * attribute with Chart.js (no inline script, allowed by the Content-Security-Policy).
 * Every series carries a label in words, shown in the legend; the numbers are in the
 * table next to each chart.
 */
(function () {
    'use strict';

    // Okabe-Ito: distinguishable with the common colour vision deficiencies.
    var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

    function datasets(chart, type) {
        return chart.datasets.map(function (series, i) {
            var colour = COLOURS[i % COLOURS.length];
            return {
                label: series.label,
                data: series.data,
                backgroundColor: colour,
                borderColor: colour,
                borderWidth: type === 'line' ? 2 : 0,
                pointRadius: type === 'line' ? 3 : undefined,
                fill: false
            };
        });
    }

    function axis(title, extra) {
        var result = { title: { display: !!title, text: title }, beginAtZero: true };
        if (extra) {
            Object.keys(extra).forEach(function (key) { result[key] = extra[key]; });
        }
        return result;
    }

    // A long bar label on two lines (Chart.js draws an array as lines), so that a narrow chart
    // does not cut it.
    function twoLines(label) {
        if (typeof label !== 'string' || label.length <= 18) {
            return label;
        }
        var middle = Math.floor(label.length / 2);
        var before = label.lastIndexOf(' ', middle);
        var after = label.indexOf(' ', middle);
        var at = (before < 0) ? after : (after < 0) ? before : (middle - before <= after - middle) ? before : after;
        return (at < 0) ? label : [label.substring(0, at), label.substring(at + 1)];
    }

    function config(chart) {
        var common = {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: true, position: 'bottom' } }
        };
        if (chart.type === 'pareto') {
            var sets = datasets(chart, 'line');
            sets.push({
                label: document.documentElement.lang === 'en' ? 'Equal share (for comparison)' : 'Equal share',
                data: [{ x: 0, y: 0 }, { x: 100, y: 100 }],
                borderColor: '#6c757d',
                borderDash: [6, 4],
                borderWidth: 1,
                pointRadius: 0,
                fill: false
            });
            common.scales = {
                x: axis(chart.xTitle, { type: 'linear', min: 0, max: 100 }),
                y: axis(chart.yTitle, { min: 0, max: 100 })
            };
            return { type: 'line', data: { datasets: sets }, options: common };
        }
        if (chart.type === 'hbar') {
            common.indexAxis = 'y';
            common.scales = { x: axis(chart.xTitle, { ticks: { precision: 0 } }), y: axis(chart.yTitle) };
            return { type: 'bar', data: { labels: chart.labels.map(twoLines), datasets: datasets(chart, 'bar') }, options: common };
        }
        common.scales = { x: axis(chart.xTitle), y: axis(chart.yTitle) };
        return { type: 'bar', data: { labels: chart.labels, datasets: datasets(chart, 'bar') }, options: common };
    }

    function draw() {
        if (typeof window.Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            try {
                new window.Chart(canvas, config(JSON.parse(canvas.getAttribute('data-chart'))));
                canvas.setAttribute('data-drawn', 'true');
            } catch (e) {
                canvas.setAttribute('data-drawn', 'failed');
                if (window.console) {
                    window.console.error('Chart not drawn', canvas.id, e);
                }
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
