// Charts of the public results site (ECharts). Each chart element names a JSON script holding its data; labels in the
// reader's language come from data-label-* attributes. The tables beside each chart carry the same figures without JS.
(function () {
  'use strict';
  var ZONE_COLOURS = {HIJAU: '#1e7b34', KUNING: '#f2c230', MERAH: '#b3261e'};
  var NONE = '#d8dee2';

  function data(el) {
    return JSON.parse(document.getElementById(el.getAttribute('data-chart')).textContent);
  }

  function trend(el, d) {
    return {
      grid: {left: 40, right: 16, top: 16, bottom: 28},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: d.years},
      yAxis: {type: 'value', min: 0, max: 100},
      series: [{
        name: el.getAttribute('data-label-score'), type: 'line', data: d.scores.map(function (s, i) {
          return {value: s, itemStyle: {color: ZONE_COLOURS[d.zones[i]] || NONE}};
        }), symbolSize: 10, lineStyle: {color: '#0b5e55'}, label: {show: true, position: 'top'}
      }]
    };
  }

  function dimensions(el, d) {
    var palette = ['#0b5e55', '#3f8f86', '#b3541e', '#6c7a89', '#8a6d00', '#4a3f8f'];
    return {
      color: palette,
      grid: {left: 8, right: 16, top: 40, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0, type: 'scroll'},
      xAxis: {type: 'value', max: 100},
      yAxis: {type: 'category', data: d.units, inverse: true,
        axisLabel: {width: 120, overflow: 'truncate'}},
      series: d.series.map(function (s) {
        return {name: s.name, type: 'bar', stack: 'points', data: s.data};
      })
    };
  }

  function zones(el, d) {
    return {
      grid: {left: 40, right: 16, top: 32, bottom: 28},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return v + '%'; }},
      legend: {top: 0},
      xAxis: {type: 'category', data: d.years},
      yAxis: {type: 'value', max: 100},
      series: d.series.map(function (s) {
        return {name: el.getAttribute('data-label-' + s.zone.toLowerCase()), type: 'bar', stack: 'share',
          itemStyle: {color: ZONE_COLOURS[s.zone]}, data: s.data};
      })
    };
  }

  function map(el, d, chart) {
    fetch(d.geo).then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap('indonesia', geo);
      var byCode = {};
      d.data.forEach(function (a) { byCode[a.name] = a; });
      chart.setOption({
        tooltip: {
          trigger: 'item', formatter: function (p) {
            var a = byCode[p.name];
            if (!a) { return p.name; }
            return a.label + '<br>' + el.getAttribute('data-label-score') + ': ' +
              (a.value == null ? el.getAttribute('data-label-none') : a.value);
          }
        },
        series: [{
          type: 'map', map: 'indonesia', nameProperty: 'KODE_PROV', roam: true, selectedMode: false,
          aspectScale: 1, layoutCenter: ['50%', '50%'], layoutSize: el.clientWidth * 0.98,
          itemStyle: {areaColor: NONE, borderColor: '#fff', borderWidth: 0.6},
          emphasis: {label: {show: false}, itemStyle: {areaColor: '#0b5e55'}},
          data: d.data.map(function (a) {
            return {name: a.name, value: a.value, itemStyle: {areaColor: ZONE_COLOURS[a.zone] || NONE}};
          })
        }]
      });
      chart.on('click', function (p) {
        var a = byCode[p.name];
        if (a) { window.location.href = a.href; }
      });
      el.setAttribute('data-ready', 'true');
    });
  }

  var BUILDERS = {trend: trend, dimensions: dimensions, zones: zones};

  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var d = data(el);
      var chart = echarts.init(el, null, {renderer: 'svg'});
      if (d.kind === 'map') {
        map(el, d, chart);
      } else {
        chart.setOption(BUILDERS[d.kind](el, d));
        el.setAttribute('data-ready', 'true');
      }
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
