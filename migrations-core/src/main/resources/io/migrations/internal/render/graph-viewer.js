/*
 * The revision graph viewer: the one script that draws the graph document made in Java (GraphJson) for both the
 * CLI's HTML page and the Spring console. It only draws the coordinates it is given; the layout is Java's.
 *
 *   var viewer = MigrationsGraph.mount(element, graphDocument, {details: function (node, panel) {...}});
 *   viewer.select('ae1027a6acf');
 *
 * Mouse: drag to pan, wheel to zoom, click a revision for its details.
 * Keyboard: Tab to the graph, arrows to move (up: newer, down: older, left/right: same row), Enter for details,
 * Escape to close them, / to search, + and - to zoom, 0 to fit.
 */
(function (global) {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var MIN_SCALE = 0.05;
  var MAX_SCALE = 3;

  function svg(name, attributes, parent) {
    var element = document.createElementNS(SVG_NS, name);
    setAll(element, attributes);
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function html(name, attributes, parent, text) {
    var element = document.createElement(name);
    setAll(element, attributes);
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function setAll(element, attributes) {
    Object.keys(attributes || {}).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
  }

  function nodeClasses(node) {
    var classes = ['mg-node'];
    if (node.state) {
      classes.push(node.state);
    }
    if (node.current) {
      classes.push('current');
    }
    return classes.concat(node.marks).join(' ');
  }

  function mount(host, graph, options) {
    options = options || {};
    host.innerHTML = '';
    host.classList.add('mg-viewer');

    var byId = {};
    graph.nodes.forEach(function (node) {
      byId[node.id] = node;
    });
    var rows = {};
    graph.nodes.forEach(function (node) {
      (rows[node.layer] = rows[node.layer] || []).push(node);
    });
    Object.keys(rows).forEach(function (layer) {
      rows[layer].sort(function (a, b) { return a.x - b.x; });
    });

    // Tool bar: search, zoom, legend.
    var toolbar = html('div', {'class': 'mg-toolbar', role: 'toolbar', 'aria-label': 'Revision graph tools'}, host);
    var search = html('input', {type: 'search', 'class': 'mg-search', placeholder: 'Search id or message  ( / )',
      'aria-label': 'Search revisions by id or message'}, toolbar);
    var count = html('span', {'class': 'mg-count', role: 'status', 'aria-live': 'polite'}, toolbar);
    var zoomIn = html('button', {type: 'button', 'class': 'mg-zoom-in', 'aria-label': 'Zoom in'}, toolbar, '+');
    var zoomOut = html('button', {type: 'button', 'class': 'mg-zoom-out', 'aria-label': 'Zoom out'}, toolbar, '\u2212');
    var fitButton = html('button', {type: 'button', 'class': 'mg-fit', 'aria-label': 'Fit the graph'}, toolbar, 'Fit');
    legend(html('span', {'class': 'mg-legend'}, toolbar), graph.database);

    var body = html('div', {'class': 'mg-body'}, host);
    var viewport = html('div', {'class': 'mg-viewport'}, body);
    var canvas = svg('svg', {'class': 'mg-graph', role: 'group', 'aria-label': 'Revision graph: ' + graph.nodes.length
      + ' revisions. Use the arrow keys to move between revisions and Enter for details.'}, viewport);
    var defs = svg('defs', {}, canvas);
    var marker = svg('marker', {id: 'mg-arrow-' + uid(), viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto-start-reverse'}, defs);
    svg('path', {'class': 'mg-arrowhead', d: 'M0,0 L10,5 L0,10 z'}, marker);
    var scene = svg('g', {'class': 'mg-scene'}, canvas);
    var edgeLayer = svg('g', {'class': 'mg-edges'}, scene);
    var nodeLayer = svg('g', {'class': 'mg-nodes'}, scene);
    var details = html('aside', {'class': 'mg-details', hidden: '', 'aria-label': 'Revision details'}, body);

    var edgeElements = graph.edges.map(function (edge) {
      return svg('path', {'class': 'mg-edge ' + edge.kind, d: edge.path, 'data-from': edge.from, 'data-to': edge.to,
        'marker-end': 'url(#' + marker.id + ')'}, edgeLayer);
    });
    var text = graph.text;
    var elements = {};
    // The newest revision, at the top, is where Tab enters the graph.
    var start = graph.nodes.reduce(function (top, node) { return !top || node.y < top.y ? node : top; }, null);
    graph.nodes.forEach(function (node) {
      var group = svg('g', {'class': nodeClasses(node), 'data-id': node.id, role: 'button',
        tabindex: node === start ? 0 : -1, 'aria-label': node.description,
        transform: 'translate(' + node.x + ',' + node.y + ')'}, nodeLayer);
      svg('title', {}, group).textContent = node.description;
      svg('rect', {'class': 'mg-box', width: node.w, height: node.h, rx: 7}, group);
      svg('text', {'class': 'mg-id', x: text.pad, y: text.id}, group).textContent = node.short;
      if (node.labelText) {
        svg('text', {'class': 'mg-labels', x: node.w - text.pad, y: text.id}, group).textContent = node.labelText;
      }
      svg('text', {'class': 'mg-message', x: text.pad, y: text.message}, group).textContent = node.text;
      if (node.tags.length) {
        svg('text', {'class': 'mg-tags', x: text.pad, y: text.tags}, group).textContent = node.tags.join(' \u00b7 ');
      }
      elements[node.id] = group;
    });

    // Pan and zoom: the scene is translated and scaled; the layout's coordinates never change.
    var view = {scale: 1, x: 0, y: 0};
    function apply() {
      scene.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.scale + ')');
    }
    function zoomAt(factor, cx, cy) {
      var scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
      view.x = cx - (cx - view.x) * (scale / view.scale);
      view.y = cy - (cy - view.y) * (scale / view.scale);
      view.scale = scale;
      apply();
    }
    function zoomCentre(factor) {
      zoomAt(factor, viewport.clientWidth / 2, viewport.clientHeight / 2);
    }
    function fit() {
      if (!start) {
        return;
      }
      var width = viewport.clientWidth || 800;
      var height = viewport.clientHeight || 600;
      view.scale = Math.min(1, width / graph.width, height / graph.height);
      if (view.scale < 0.5) {
        // Too large to read whole: show the newest revisions, at the top, readable.
        view.scale = 0.8;
        view.x = width / 2 - (start.x + start.w / 2) * view.scale;
        view.y = 8;
      } else {
        view.x = (width - graph.width * view.scale) / 2;
        view.y = (height - graph.height * view.scale) / 2;
      }
      apply();
    }
    function reveal(node) {
      var width = viewport.clientWidth;
      var height = viewport.clientHeight;
      var left = node.x * view.scale + view.x;
      var top = node.y * view.scale + view.y;
      if (left < 0 || top < 0 || left + node.w * view.scale > width || top + node.h * view.scale > height) {
        view.x = width / 2 - (node.x + node.w / 2) * view.scale;
        view.y = height / 2 - (node.y + node.h / 2) * view.scale;
        apply();
      }
    }

    var drag = null;
    viewport.addEventListener('pointerdown', function (event) {
      drag = {x: event.clientX, y: event.clientY, startX: view.x, startY: view.y, moved: false, id: event.pointerId};
    });
    viewport.addEventListener('pointermove', function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        viewport.classList.add('mg-dragging');
        viewport.setPointerCapture(drag.id);
      }
      if (drag.moved) {
        view.x = drag.startX + dx;
        view.y = drag.startY + dy;
        apply();
      }
    });
    function endDrag() {
      viewport.classList.remove('mg-dragging');
      setTimeout(function () { drag = null; }, 0);
    }
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', endDrag);
    viewport.addEventListener('wheel', function (event) {
      event.preventDefault();
      var box = viewport.getBoundingClientRect();
      zoomAt(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - box.left, event.clientY - box.top);
    }, {passive: false});
    zoomIn.addEventListener('click', function () { zoomCentre(1.25); });
    zoomOut.addEventListener('click', function () { zoomCentre(0.8); });
    fitButton.addEventListener('click', fit);

    // Selection and details.
    var selected = null;
    var focused = start;
    function focusNode(node) {
      if (!node) {
        return;
      }
      if (focused && elements[focused.id]) {
        elements[focused.id].setAttribute('tabindex', -1);
      }
      focused = node;
      var element = elements[node.id];
      element.setAttribute('tabindex', 0);
      reveal(node);
      element.focus({preventScroll: true});
    }
    function select(id) {
      var node = byId[id];
      if (!node) {
        return;
      }
      if (selected) {
        elements[selected.id].classList.remove('mg-selected');
        elements[selected.id].removeAttribute('aria-pressed');
      }
      selected = node;
      elements[id].classList.add('mg-selected');
      elements[id].setAttribute('aria-pressed', 'true');
      edgeElements.forEach(function (element, index) {
        var edge = graph.edges[index];
        element.classList.toggle('mg-related', edge.from === id || edge.to === id);
      });
      showDetails(node);
      focusNode(node);
    }
    function closeDetails() {
      details.hidden = true;
      if (selected) {
        elements[selected.id].classList.remove('mg-selected');
        elements[selected.id].removeAttribute('aria-pressed');
        edgeElements.forEach(function (element) { element.classList.remove('mg-related'); });
        var back = selected;
        selected = null;
        focusNode(back);
      }
    }
    function links(parent, ids) {
      if (!ids.length) {
        parent.textContent = '\u2014';
        return;
      }
      ids.forEach(function (id, index) {
        if (index > 0) {
          parent.appendChild(document.createTextNode(', '));
        }
        if (byId[id]) {
          var link = html('button', {type: 'button', 'class': 'mg-link', 'data-id': id}, parent, byId[id].short);
          link.addEventListener('click', function () { select(id); });
        } else {
          html('span', {}, parent, id);
        }
      });
    }
    function row(list, term, fill) {
      html('dt', {}, list, term);
      var value = html('dd', {}, list);
      fill(value);
    }
    function showDetails(node) {
      details.innerHTML = '';
      var close = html('button', {type: 'button', 'class': 'mg-close', 'aria-label': 'Close details'}, details, '\u00d7');
      close.addEventListener('click', closeDetails);
      html('h2', {'class': 'mg-details-id'}, details, node.id);
      html('p', {'class': 'mg-details-message'}, details, node.message || '(no message)');
      var list = html('dl', {}, details);
      if (graph.database) {
        row(list, 'State', function (value) {
          html('span', {'class': 'mg-state ' + node.state}, value, node.state === 'notapplied' ? 'not applied' : node.state);
          if (node.current) {
            value.appendChild(document.createTextNode(' '));
            html('span', {'class': 'mg-state current'}, value, 'current');
          }
        });
      }
      row(list, 'Marks', function (value) {
        value.textContent = node.tags.filter(function (tag) {
          return tag !== node.state && tag !== 'current' && tag !== 'not applied';
        }).join(', ') || '\u2014';
      });
      row(list, 'Labels', function (value) { value.textContent = node.labels.join(', ') || '\u2014'; });
      row(list, 'Parents', function (value) { links(value, node.parents); });
      row(list, 'Children', function (value) { links(value, node.children); });
      row(list, 'Depends on', function (value) { links(value, node.dependsOn); });
      row(list, 'Created', function (value) { value.textContent = node.createDate || '\u2014'; });
      row(list, 'Defined in', function (value) { value.textContent = node.location; });
      if (options.details) {
        options.details(node, html('div', {'class': 'mg-details-extra'}, details));
      }
      details.hidden = false;
    }

    nodeLayer.addEventListener('click', function (event) {
      var group = event.target.closest('.mg-node');
      if (group && !(drag && drag.moved)) {
        select(group.getAttribute('data-id'));
      }
    });

    // Keyboard: arrows walk the graph, Enter opens, Escape closes.
    function nearest(ids, from) {
      var best = null;
      ids.forEach(function (id) {
        var node = byId[id];
        if (node && (!best || Math.abs(node.x - from.x) < Math.abs(best.x - from.x))) {
          best = node;
        }
      });
      return best;
    }
    function sideways(node, step) {
      var row = rows[node.layer];
      return row[row.indexOf(node) + step] || null;
    }
    nodeLayer.addEventListener('keydown', function (event) {
      var group = event.target.closest('.mg-node');
      var node = group && byId[group.getAttribute('data-id')];
      if (!node) {
        return;
      }
      var next = null;
      switch (event.key) {
        case 'ArrowUp': next = nearest(node.children.concat(dependents(node.id)), node); break;
        case 'ArrowDown': next = nearest(node.parents.concat(node.dependsOn), node); break;
        case 'ArrowLeft': next = sideways(node, -1); break;
        case 'ArrowRight': next = sideways(node, 1); break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          select(node.id);
          return;
        default: return;
      }
      event.preventDefault();
      focusNode(next);
    });
    function dependents(id) {
      return graph.edges.filter(function (edge) { return edge.from === id && edge.kind === 'depends_on'; })
        .map(function (edge) { return edge.to; });
    }
    host.addEventListener('keydown', function (event) {
      if (event.target === search) {
        return;
      }
      if (event.key === 'Escape' && !details.hidden) {
        event.preventDefault();
        closeDetails();
      } else if (event.key === '/') {
        event.preventDefault();
        search.focus();
      } else if (event.key === '+' || event.key === '=') {
        zoomCentre(1.25);
      } else if (event.key === '-') {
        zoomCentre(0.8);
      } else if (event.key === '0') {
        fit();
      }
    });

    // Search by id or message; Enter goes to the next match, Shift+Enter to the previous one.
    var matches = [];
    var current = -1;
    function runSearch() {
      var query = search.value.trim().toLowerCase();
      matches = [];
      current = -1;
      graph.nodes.forEach(function (node) {
        var hit = query !== '' && (node.id.toLowerCase().indexOf(query) >= 0
          || (node.message || '').toLowerCase().indexOf(query) >= 0
          || node.labels.some(function (label) { return label.toLowerCase().indexOf(query) >= 0; }));
        elements[node.id].classList.toggle('mg-match', hit);
        if (hit) {
          matches.push(node);
        }
      });
      host.classList.toggle('mg-searching', query !== '');
      count.textContent = query === '' ? '' : matches.length + (matches.length === 1 ? ' match' : ' matches');
    }
    search.addEventListener('input', runSearch);
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && matches.length) {
        event.preventDefault();
        current = (current + (event.shiftKey ? matches.length - 1 : 1)) % matches.length;
        var node = matches[current];
        view.x = viewport.clientWidth / 2 - (node.x + node.w / 2) * view.scale;
        view.y = viewport.clientHeight / 2 - (node.y + node.h / 2) * view.scale;
        apply();
        count.textContent = (current + 1) + ' of ' + matches.length;
        if (event.altKey) {
          select(node.id);
        }
      } else if (event.key === 'Escape') {
        search.value = '';
        runSearch();
      } else if (event.key === 'ArrowDown' && matches.length) {
        event.preventDefault();
        focusNode(matches[Math.max(current, 0)]);
      }
    });

    fit();
    if (global.ResizeObserver) {
      var fitted = false;
      new ResizeObserver(function () {
        if (!fitted && viewport.clientWidth > 0) {
          fitted = true;
          fit();
        }
      }).observe(viewport);
    }
    return {
      element: host,
      select: select,
      focus: function (id) { focusNode(byId[id]); },
      search: function (query) { search.value = query; runSearch(); return matches.map(function (n) { return n.id; }); },
      fit: fit
    };
  }

  function legend(parent, database) {
    function item(swatch, label) {
      var span = html('span', {}, parent);
      html('i', {'class': 'mg-swatch ' + swatch, 'aria-hidden': 'true'}, span);
      span.appendChild(document.createTextNode(label));
    }
    if (database) {
      item('applied', 'applied');
      item('pending', 'pending (dashed)');
      item('current', 'current (thick)');
    }
    item('down', 'down_revision');
    item('depends', 'depends_on');
  }

  var counter = 0;
  function uid() {
    counter += 1;
    return counter + '-' + Math.floor(Math.random() * 1e6);
  }

  global.MigrationsGraph = {mount: mount};
})(typeof window !== 'undefined' ? window : this);
