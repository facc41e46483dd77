(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var keys = ['severity', 'factor', 'rule', 'status'];
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.findings tbody tr[data-severity]'));
  var shown = document.getElementById('shown');
  var desc = document.getElementById('filter-desc');
  var noMatch = document.getElementById('no-match');

  function field(key) {
    return form.elements.namedItem(key);
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function apply() {
    var wanted = {};
    var parts = [];
    keys.forEach(function (k) {
      wanted[k] = field(k).value;
      if (wanted[k] !== '') {
        parts.push(k + ': ' + wanted[k]);
      }
    });
    var count = 0;
    rows.forEach(function (row) {
      var match = keys.every(function (k) {
        return wanted[k] === '' || row.getAttribute('data-' + k) === wanted[k];
      });
      row.hidden = !match;
      if (match) {
        count++;
      }
    });
    shown.textContent = String(count);
    desc.textContent = parts.length ? ' (' + parts.join(', ') + ')' : '';
    if (rows.length) {
      noMatch.hidden = count !== 0;
    }
  }

  // index.html?severity=error&factor=III&rule=ID&status=new opens with those filters set.
  var query = new URLSearchParams(window.location.search);
  keys.forEach(function (k) {
    var value = query.get(k);
    if (value !== null && hasOption(field(k), value)) {
      field(k).value = value;
    }
  });

  form.addEventListener('change', apply);
  form.addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  Array.prototype.forEach.call(document.querySelectorAll('.chart .bar'), function (bar) {
    bar.addEventListener('click', function () {
      var factor = bar.getAttribute('data-factor');
      if (hasOption(field('factor'), factor)) {
        field('factor').value = factor;
        apply();
        form.scrollIntoView();
      }
    });
  });
  apply();
}());
