/*
 * The migrations console: reads /actuator/migrations (the only data it has) and shows, per data source, the status,
 * the revision graph (drawn by the shared MigrationsGraph viewer from the endpoint's graph member), the pending
 * revisions with their lint findings, the filterable history and the drift report.
 */
(function () {
  'use strict';

  var config = {endpoint: document.body.getAttribute('data-endpoint')};
  var main = document.getElementById('mc-main');
  var nav = document.getElementById('mc-nav');
  var read = document.getElementById('mc-read');

  var STATUS = {
    UP_TO_DATE: {word: 'Up to date', glyph: '\u2713'},
    PENDING: {word: 'Pending', glyph: '\u2026'},
    AHEAD: {word: 'Ahead', glyph: '\u25b2'},
    FAILED: {word: 'Failed', glyph: '\u2717'}
  };

  function el(name, attributes, parent, text) {
    var element = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function endpointUrl() {
    var base = location.origin + location.pathname.replace(/\/+$/, '');
    return new URL(config.endpoint, base).toString();
  }

  function load() {
    read.textContent = 'Reading\u2026';
    fetch(endpointUrl(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          throw new Error('Not allowed to read the migrations endpoint (HTTP ' + response.status + '). The console '
            + 'shows only what the migrations Actuator endpoint shows: sign in with an account that may read it.');
        }
        if (!response.ok) {
          throw new Error('The migrations endpoint answered HTTP ' + response.status + '. Expose it with '
            + 'management.endpoints.web.exposure.include=migrations.');
        }
        return response.json();
      })
      .then(render, function (error) {
        main.innerHTML = '';
        el('div', {'class': 'mc-error', role: 'alert'}, main, error.message);
        read.textContent = '';
      });
  }

  function render(report) {
    main.innerHTML = '';
    nav.innerHTML = '';
    var names = Object.keys(report.dataSources || {});
    if (!names.length) {
      el('p', {'class': 'mc-empty'}, main, 'No data source is migrated by this application.');
    }
    names.forEach(function (name) {
      if (names.length > 1) {
        el('a', {href: '#source-' + name}, nav, name);
      }
      source(name, report.dataSources[name]);
    });
    read.textContent = 'Read ' + new Date().toLocaleTimeString();
  }

  function source(name, data) {
    var section = el('section', {'class': 'mc-source', id: 'source-' + name, 'data-source': name}, main);
    el('h2', {}, section, name);
    el('div', {'class': 'mc-url'}, section, data.url);
    banner(section, data);
    if (data.edited && data.edited.length) {
      el('p', {'class': 'mc-note'}, section, 'Edited since they ran: ' + data.edited.join(', '));
    }

    el('h3', {}, section, 'Revision graph');
    var host = el('div', {'class': 'mc-graph'}, section);
    var findings = {};
    (data.pending || []).forEach(function (pending) { findings[pending.id] = pending.findings || []; });
    MigrationsGraph.mount(host, data.graph, {
      details: function (node, panel) {
        if (findings[node.id]) {
          el('h3', {}, panel, 'Lint');
          findingList(panel, findings[node.id]);
        }
        var rows = (data.history || []).filter(function (row) { return row.revision === node.id; });
        if (rows.length) {
          el('h3', {}, panel, 'History');
          rows.forEach(function (row) {
            el('div', {}, panel, row.direction + ' ' + (row.success ? 'succeeded' : 'FAILED') + ' ' + when(row.appliedAt)
              + ' by ' + (row.appliedBy || '?') + (row.error ? ': ' + row.error : ''));
          });
        }
      }
    });

    pendingSection(section, data.pending || []);
    historySection(section, data.history || []);
    if (data.drift) {
      driftSection(section, data.drift);
    }
  }

  function banner(parent, data) {
    var status = STATUS[data.status] || {word: data.status, glyph: '?'};
    var box = el('div', {'class': 'mc-banner ' + data.status, role: 'status', 'data-status': data.status}, parent);
    el('span', {'aria-hidden': 'true'}, box, status.glyph);
    el('strong', {}, box, status.word);
    var text;
    if (data.status === 'UP_TO_DATE') {
      text = 'The database is at ' + (data.current.join(', ') || 'base') + ', the head' + (data.heads.length > 1 ? 's' : '') + '.';
    } else if (data.status === 'PENDING') {
      text = data.pending.length + ' revision' + (data.pending.length === 1 ? '' : 's') + ' to apply: '
        + data.pending.map(function (p) { return p.id; }).join(', ') + '. The database is at '
        + (data.current.join(', ') || 'base') + '.';
    } else if (data.status === 'AHEAD') {
      text = 'The database is at ' + data.unknown.join(', ') + ', which this application does not have: a newer '
        + 'release migrated it.';
    } else {
      var failed = (data.history || []).filter(function (row) { return !row.success; }).pop();
      text = 'The last run failed' + (failed ? ' on ' + failed.revision + ' (' + when(failed.appliedAt) + '): '
        + (failed.error || 'no error recorded') : '.');
    }
    el('span', {'class': 'mc-banner-text'}, box, text);
  }

  function pendingSection(parent, pending) {
    el('h3', {}, parent, 'Pending revisions (' + pending.length + ')');
    if (!pending.length) {
      el('p', {'class': 'mc-empty'}, parent, 'Nothing pending.');
      return;
    }
    var list = el('ol', {'class': 'mc-pending'}, parent);
    pending.forEach(function (revision) {
      var item = el('li', {'data-id': revision.id}, list);
      el('code', {}, item, revision.id);
      item.appendChild(document.createTextNode(' ' + (revision.message || '') + ' '));
      el('span', {'class': 'mc-url'}, item, revision.path);
      findingList(item, revision.findings || []);
    });
  }

  function findingList(parent, findings) {
    if (!findings.length) {
      el('div', {'class': 'mc-empty'}, parent, 'Lint: no findings.');
      return;
    }
    findings.forEach(function (finding) {
      var box = el('div', {'class': 'mc-finding ' + finding.severity, 'data-rule': finding.rule}, parent);
      el('span', {'class': 'mc-severity'}, box, (finding.allowed ? 'allowed ' : '') + finding.severity.toLowerCase());
      box.appendChild(document.createTextNode(' ' + finding.rule + ': ' + finding.message + ' (' + finding.where + ')'));
      el('div', {'class': 'mc-fix'}, box, 'Safer: ' + finding.fix);
    });
  }

  function historySection(parent, history) {
    el('h3', {}, parent, 'History (' + history.length + ')');
    var filters = el('div', {'class': 'mc-filters'}, parent);
    var text = el('input', {type: 'search', 'class': 'mc-filter-text', placeholder: 'Filter: revision, message, user, error',
      'aria-label': 'Filter the history'}, filters);
    var outcome = select(filters, 'mc-filter-outcome', 'Outcome', [['', 'any outcome'], ['ok', 'succeeded'], ['failed', 'failed']]);
    var direction = select(filters, 'mc-filter-direction', 'Direction',
      [['', 'any direction'], ['UPGRADE', 'upgrade'], ['DOWNGRADE', 'downgrade'], ['STAMP', 'stamp']]);
    var shown = el('span', {'class': 'mc-shown', role: 'status'}, filters);
    var table = el('table', {'class': 'mc-table mc-history'}, parent);
    var head = el('tr', {}, el('thead', {}, table));
    ['When', 'Revision', 'Message', 'Direction', 'Who', 'Duration', 'Outcome', 'Error'].forEach(function (title) {
      el('th', {scope: 'col'}, head, title);
    });
    var body = el('tbody', {}, table);
    var rows = history.slice().reverse().map(function (row) {
      var tr = el('tr', {'class': row.success ? 'ok' : 'failed', 'data-revision': row.revision}, body);
      el('td', {}, tr, when(row.appliedAt));
      el('td', {'class': 'mc-id'}, tr, row.revision);
      el('td', {}, tr, row.message || '');
      el('td', {}, tr, (row.direction || '').toLowerCase());
      el('td', {}, tr, row.appliedBy || '');
      el('td', {}, tr, row.durationMs + ' ms');
      el('td', {'class': 'mc-outcome ' + (row.success ? 'ok' : 'failed')}, tr, row.success ? 'succeeded' : 'failed');
      el('td', {}, tr, row.error || '');
      return {row: row, element: tr};
    });
    function apply() {
      var query = text.value.trim().toLowerCase();
      var count = 0;
      rows.forEach(function (entry) {
        var row = entry.row;
        var haystack = [row.revision, row.message, row.appliedBy, row.error].join(' ').toLowerCase();
        var visible = (!query || haystack.indexOf(query) >= 0)
          && (!outcome.value || (outcome.value === 'ok') === row.success)
          && (!direction.value || direction.value === row.direction);
        entry.element.hidden = !visible;
        count += visible ? 1 : 0;
      });
      shown.textContent = count + ' of ' + rows.length + ' shown';
    }
    [text, outcome, direction].forEach(function (input) {
      input.addEventListener('input', apply);
      input.addEventListener('change', apply);
    });
    apply();
  }

  function select(parent, cssClass, label, options) {
    var element = el('select', {'class': cssClass, 'aria-label': label}, parent);
    options.forEach(function (option) { el('option', {value: option[0]}, element, option[1]); });
    return element;
  }

  function driftSection(parent, drift) {
    el('h3', {}, parent, 'Drift');
    var box = el('div', {'class': 'mc-drift ' + (drift.drift ? 'DRIFT' : 'NONE')}, parent);
    if (drift.error) {
      el('p', {'class': 'mc-note'}, box, 'The drift check could not run: ' + drift.error);
      return;
    }
    el('p', {}, box, drift.drift ? 'The database differs from what its revisions build (replayed to '
      + drift.replayedTo.join(', ') + '):' : 'No drift: the database matches what its revisions build.');
    if (drift.differences.length) {
      var list = el('ul', {}, box);
      drift.differences.forEach(function (difference) { el('li', {}, list, difference); });
    }
  }

  function when(instant) {
    if (!instant) {
      return '';
    }
    var date = new Date(instant);
    return isNaN(date.getTime()) ? String(instant) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  }

  document.getElementById('mc-refresh').addEventListener('click', load);
  load();
})();
